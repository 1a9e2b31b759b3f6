package org.neuralij.train.data;

import java.util.Random;

/** Adds zero-mean Gaussian noise with a standard deviation drawn per image; values are not clipped. */
public final class GaussianNoise implements DegradationStep {

    private final RandomRange sigma;

    public GaussianNoise(RandomRange sigma) {
        this.sigma = sigma;
    }

    @Override
    public Degraded apply(Degraded current, Random random) {
        double s = sigma.draw(random);
        return current.withImage(current.image().mapped(value -> value + s * random.nextGaussian()));
    }

    @Override
    public String spec() {
        return "gauss=" + sigma.spec();
    }
}
