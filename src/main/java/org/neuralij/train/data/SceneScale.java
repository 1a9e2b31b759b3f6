package org.neuralij.train.data;

import java.util.Random;

/** Multiplies the scene's values by a factor drawn per patch, log-uniformly ({@code scale=0.5-2}): a brighter or dimmer sample or exposure. */
public record SceneScale(RandomRange factor) implements AugmentationStep.ValueStep {

    public SceneScale {
        if (!(factor.min() > 0)) throw new IllegalArgumentException("scale=" + factor.spec() + ": give factors above 0, e.g. scale=0.5-2.");
    }

    @Override
    public void apply(PatchValues values, Random random) {
        double f = factor.drawLog(random);
        values.mapScene(v -> v * f);
    }

    @Override
    public String spec() {
        return "scale=" + factor.spec();
    }
}
