package org.neuralij.image.tiling;

/** Thrown between tiles when the user cancelled; nothing of the partial result is kept. */
public class TilingCancelledException extends RuntimeException {

    public TilingCancelledException() {
        super("Cancelled by the user; no result was made.");
    }
}
