package org.neuralij.train.data;

import java.util.Random;

/** Gaussian noise of a standard deviation drawn per patch ({@code noise=0-0.1}, normalised units), added to the input only. */
public record InputNoise(RandomRange sigma) implements AugmentationStep.ValueStep {

    public InputNoise {
        if (sigma.min() < 0) throw new IllegalArgumentException("noise=" + sigma.spec() + ": give standard deviations of 0 or more, e.g. noise=0-0.1.");
    }

    @Override
    public void apply(PatchValues values, Random random) {
        double s = sigma.draw(random);
        if (s > 0) values.mapInput(v -> v + s * random.nextGaussian());
    }

    @Override
    public String spec() {
        return "noise=" + sigma.spec();
    }
}
