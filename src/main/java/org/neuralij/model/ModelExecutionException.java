package org.neuralij.model;

/** The network failed while running (inside PyTorch); the message says on what and suggests what to check. */
public class ModelExecutionException extends RuntimeException {

    public ModelExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
