package org.neuralij.model;

import java.io.IOException;

/** No model of the requested name or path; the message lists the models that exist and where NeuralIJ looked. */
public class ModelNotFoundException extends IOException {

    private static final long serialVersionUID = 1L;

    public ModelNotFoundException(String message) {
        super(message);
    }
}
