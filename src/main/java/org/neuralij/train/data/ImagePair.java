package org.neuralij.train.data;

/** An input image and the target the model should produce from it, in raw values. */
public record ImagePair(TrainingImage input, TrainingImage target) {

    /** The input's label, e.g. "a.tif" or "a.tif (slice 2/5)". */
    public String name() {
        return input.label();
    }
}
