package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;

/**
 * The losses of a GAN from raw critic scores (logits, any shape, e.g. a PatchGAN map), each
 * averaged over all scores. The critic's loss is the sum of its real and fake terms (CycleGAN
 * halves it; scale it if wanted).
 */
public enum AdversarialLoss {
    /** Binary cross-entropy with logits: real → 1, fake → 0; the generator wants its fakes → 1. */
    STANDARD {
        @Override
        public NDArray critic(NDArray realScores, NDArray fakeScores) {
            return crossEntropyToOne(realScores).add(crossEntropyToOne(fakeScores.neg()));
        }

        @Override
        public NDArray generator(NDArray fakeScores) {
            return crossEntropyToOne(fakeScores);
        }
    },
    /** LSGAN: mean squared distance to 1 (real) and 0 (fake); the generator wants its fakes → 1. */
    LEAST_SQUARES {
        @Override
        public NDArray critic(NDArray realScores, NDArray fakeScores) {
            return realScores.sub(1).square().mean().add(fakeScores.square().mean());
        }

        @Override
        public NDArray generator(NDArray fakeScores) {
            return fakeScores.sub(1).square().mean();
        }
    },
    /** WGAN: the critic minimises mean D(fake) − mean D(real); use with {@link WeightClipping}. */
    WASSERSTEIN {
        @Override
        public NDArray critic(NDArray realScores, NDArray fakeScores) {
            return fakeScores.mean().sub(realScores.mean());
        }

        @Override
        public NDArray generator(NDArray fakeScores) {
            return fakeScores.mean().neg();
        }
    };

    public abstract NDArray critic(NDArray realScores, NDArray fakeScores);

    public abstract NDArray generator(NDArray fakeScores);

    /**
     * BCE(sigmoid(x), 1) = softplus(−x), written as max(−x, 0) + log(1 + e^−|x|) so that large
     * scores neither overflow nor lose the gradient. BCE(sigmoid(x), 0) is the same at −x.
     */
    private static NDArray crossEntropyToOne(NDArray scores) {
        return scores.neg().maximum(0).add(scores.abs().neg().exp().add(1).log()).mean();
    }
}
