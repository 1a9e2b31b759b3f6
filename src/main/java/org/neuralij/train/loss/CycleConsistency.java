package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;

/** CycleGAN's reconstruction terms: cycle λ·L1(G_BA(G_AB(a)), a) and identity 0.5·λ·L1(G_AB(b), b). */
public final class CycleConsistency {

    public static final float CYCLEGAN_LAMBDA = 10;

    private final float lambda;

    public CycleConsistency(float lambda) {
        this.lambda = lambda;
    }

    public NDArray cycle(NDArray reconstructed, NDArray real) {
        return Distance.L1.between(reconstructed, real).mul(lambda);
    }

    public NDArray identity(NDArray identity, NDArray real) {
        return Distance.L1.between(identity, real).mul(0.5f * lambda);
    }
}
