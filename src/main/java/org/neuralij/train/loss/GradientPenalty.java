package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import org.neuralij.train.optim.Gradients;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * WGAN-GP's soft Lipschitz constraint (Gulrajani et al.): at points {@code x̂ = ε·real + (1 − ε)·fake},
 * ε uniform per sample, {@code weight · mean((‖∇x̂ critic(x̂)‖₂ − 1)²)}. The gradient at x̂ is itself
 * differentiable (a double backward), so the critic learns from the penalty. Call it inside the
 * critic's GradientCollector; the real and fake batches must not require gradients.
 */
public final class GradientPenalty {

    /** The paper's λ. */
    public static final float PAPER_WEIGHT = 10;
    // keeps the norm's derivative finite where the gradient vanishes; far below any norm that matters
    private static final float TINY = 1e-12f;

    private final float weight;

    public GradientPenalty(float weight) {
        if (!(weight > 0)) throw new IllegalArgumentException("the gradient penalty weight must be positive, not " + weight);
        this.weight = weight;
    }

    /**
     * @param critic     the network, whose parameter gradients this computation leaves cleared
     * @param scores     its forward pass (one score per sample, or per patch)
     * @param mixFactors ε, one per sample, shape (N)
     */
    public NDArray of(Block critic, UnaryOperator<NDArray> scores, NDArray real, NDArray fake, NDArray mixFactors) {
        NDArray norms = gradientNorms(critic, scores, real, fake, mixFactors);
        return norms.sub(1).square().mean().mul(weight);
    }

    /** ‖∇x̂ critic(x̂)‖₂ per sample, differentiable with respect to the critic's parameters. */
    public NDArray gradientNorms(Block critic, UnaryOperator<NDArray> scores, NDArray real, NDArray fake, NDArray mixFactors) {
        long samples = real.getShape().get(0);
        NDArray mix = mixFactors.reshape(broadcastShape(real.getShape()));
        NDArray points = real.mul(mix).add(fake.mul(mix.neg().add(1)));
        JniUtils.attachGradient((PtNDArray) points, true);
        NDArray total = scores.apply(points).sum();
        JniUtils.backward((PtNDArray) total, (PtNDArray) total.onesLike(), true, true);
        NDArray gradient = JniUtils.getGradient((PtNDArray) points);
        // that backward pass also added d total / d parameter to the critic's own gradients: not part of any loss
        Gradients.clear(critic);
        return gradient.reshape(samples, -1).square().sum(new int[] {1}).add(TINY).sqrt();
    }

    private static Shape broadcastShape(Shape images) {
        long[] dims = new long[images.dimension()];
        Arrays.fill(dims, 1);
        dims[0] = images.get(0);
        return new Shape(dims);
    }

}
