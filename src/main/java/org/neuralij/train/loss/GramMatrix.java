package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** The channel correlations of N×C×H×W features: F·Fᵀ/(c·h·w) per sample, N×C×C. */
public final class GramMatrix {

    private GramMatrix() {
    }

    public static NDArray of(NDArray features) {
        Shape shape = features.getShape();
        if (shape.dimension() != 4) throw new IllegalArgumentException("Gram matrix needs N×C×H×W features, not " + shape);
        long n = shape.get(0), c = shape.get(1), pixels = shape.get(2) * shape.get(3);
        NDArray flat = features.reshape(n, c, pixels);
        return flat.batchMatMul(flat.transpose(0, 2, 1)).div(c * pixels);
    }
}
