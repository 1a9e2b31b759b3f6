package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;

/** Whole-array arithmetic for the minimizers, closing every temporary array at once (an image-sized array per call would otherwise pile up until the run ends). */
final class Vectors {

    private Vectors() {
    }

    static double dot(NDArray a, NDArray b) {
        try (NDArray product = a.mul(b); NDArray sum = product.sum()) {
            return sum.getFloat();
        }
    }

    /** target += factor · x, in place. */
    static void addScaled(NDArray target, double factor, NDArray x) {
        try (NDArray scaled = x.mul((float) factor)) {
            target.addi(scaled);
        }
    }

    /** a + factor · x, as a new array in {@code a}'s manager. */
    static NDArray plusScaled(NDArray a, double factor, NDArray x) {
        NDArray result = a.duplicate();
        addScaled(result, factor, x);
        return result;
    }

    static double maxAbs(NDArray a) {
        try (NDArray abs = a.abs(); NDArray max = abs.max()) {
            return max.getFloat();
        }
    }

    static double sumAbs(NDArray a) {
        try (NDArray abs = a.abs(); NDArray sum = abs.sum()) {
            return sum.getFloat();
        }
    }
}
