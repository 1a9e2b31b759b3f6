package org.neuralij.train.data;

import ij.plugin.filter.GaussianBlur;
import java.util.Random;

/** Gaussian blur of every channel with a sigma (pixels) drawn per image, by ImageJ's Gaussian blur. */
public final class Blur implements DegradationStep {

    private static final double ACCURACY = 0.002;

    private final RandomRange sigma;

    public Blur(RandomRange sigma) {
        this.sigma = sigma;
    }

    @Override
    public Degraded apply(Degraded current, Random random) {
        double s = sigma.draw(random);
        if (s == 0) {
            return current;
        }
        return current.withImage(PlaneFilter.eachChannel(current.image(), plane -> {
            new GaussianBlur().blurGaussian(plane, s, s, ACCURACY);
            return plane;
        }));
    }

    @Override
    public String spec() {
        return "blur=" + sigma.spec();
    }
}
