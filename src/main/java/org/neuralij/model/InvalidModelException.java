package org.neuralij.model;

import java.io.IOException;

/** A model package that cannot be used; the message tells an ImageJ user what is wrong, where, and what to do. */
public class InvalidModelException extends IOException {

    private static final long serialVersionUID = 1L;

    public InvalidModelException(String message) {
        super(message);
    }

    public InvalidModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
