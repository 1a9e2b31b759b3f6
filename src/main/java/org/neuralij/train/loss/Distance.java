package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;

/** The element-wise distances the losses are built from, each averaged over all elements. */
public enum Distance {
    /** Mean absolute difference (PyTorch's l1_loss). */
    L1 {
        @Override
        public NDArray between(NDArray a, NDArray b) {
            return a.sub(b).abs().mean();
        }
    },
    /** Mean squared difference (PyTorch's mse_loss). */
    MSE {
        @Override
        public NDArray between(NDArray a, NDArray b) {
            return a.sub(b).square().mean();
        }
    };

    public abstract NDArray between(NDArray a, NDArray b);
}
