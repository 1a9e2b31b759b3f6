package org.neuralij.train.data;

import java.util.Random;

/**
 * A gamma drawn per patch, log-uniformly ({@code gamma=0.7-1.4}), on the normalised values: v^γ from 0 to 1, and
 * continued below 0 unchanged and above 1 with the slope γ, so that values outside stay ordered and finite.
 */
public record SceneGamma(RandomRange gamma) implements AugmentationStep.ValueStep {

    public SceneGamma {
        if (!(gamma.min() > 0)) throw new IllegalArgumentException("gamma=" + gamma.spec() + ": give exponents above 0, e.g. gamma=0.7-1.4.");
    }

    @Override
    public void apply(PatchValues values, Random random) {
        double g = gamma.drawLog(random);
        values.mapScene(v -> v <= 0 ? v : v <= 1 ? Math.pow(v, g) : 1 + g * (v - 1));
    }

    @Override
    public String spec() {
        return "gamma=" + gamma.spec();
    }
}
