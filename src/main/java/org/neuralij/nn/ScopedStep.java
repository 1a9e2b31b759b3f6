package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.function.Function;

/**
 * One step of a forward pass whose intermediate arrays are freed as soon as it returns, at inference.
 * DJL keeps every array an operation makes until that array's manager closes, so a network run in one
 * manager holds all its activations at once: a width-32 U-Net took 2.7 GB for a 1024-px tile. The
 * step's inputs are lent to a scope for its duration (they go back to their own managers), and only its
 * result is kept, in the manager of the first input. In training autograd needs the intermediates, so
 * the step runs as it is.
 */
final class ScopedStep {

    private ScopedStep() {
    }

    static NDArray run(boolean training, Function<NDArray[], NDArray> step, NDArray... inputs) {
        if (training) return step.apply(inputs);
        NDManager keeper = inputs[0].getManager();
        try (NDManager scope = keeper.newSubManager()) {
            for (NDArray input : inputs) input.tempAttach(scope);
            NDArray result = step.apply(inputs);
            result.attach(keeper);
            return result;
        }
    }

    /** Frees arrays the forward pass no longer needs, at inference (in training autograd may still need them). */
    static void release(boolean training, NDArray... arrays) {
        if (training) return;
        for (NDArray array : arrays) array.close();
    }
}
