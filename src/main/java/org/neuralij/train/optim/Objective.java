package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;

/** A differentiable function of an array, as the minimizers see it: its value and gradient at a point. */
@FunctionalInterface
public interface Objective {

    /** The value at {@code x} and the gradient there: same shape as {@code x}, attached to {@code x}'s manager, recording no gradient itself. */
    Evaluation evaluate(NDArray x);

    /** A value and the gradient at the point it was taken. */
    record Evaluation(double value, NDArray gradient) {
    }
}
