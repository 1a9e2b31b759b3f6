package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;

/** CycleGAN's reconstruction terms: cycle λ·L1(G_BA(G_AB(a)), a) and identity w·λ·L1(G_AB(b), b) (w = 0.5 in the course). */
public final class CycleConsistency {

    public static final float CYCLEGAN_LAMBDA = 10;

    private final float lambda;
    private final float identityWeight;

    public CycleConsistency(float lambda, float identityWeight) {
        this.lambda = lambda;
        this.identityWeight = identityWeight;
    }

    /** Whether the identity term counts at all (it costs two more generator passes). */
    public boolean usesIdentity() {
        return identityWeight > 0;
    }

    public NDArray cycle(NDArray reconstructed, NDArray real) {
        return Distance.L1.between(reconstructed, real).mul(lambda);
    }

    public NDArray identity(NDArray identity, NDArray real) {
        return Distance.L1.between(identity, real).mul(identityWeight * lambda);
    }
}
