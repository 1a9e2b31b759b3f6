package org.neuralij.train.data;

import ij.plugin.filter.GaussianBlur;
import java.util.Random;

/** Gaussian blur of a sigma drawn per patch ({@code blur=0-1.5}, pixels), of the input only: the target stays sharp. */
public record InputBlur(RandomRange sigma) implements AugmentationStep.ValueStep {

    private static final double ACCURACY = 0.002;

    public InputBlur {
        if (sigma.min() < 0) throw new IllegalArgumentException("blur=" + sigma.spec() + ": give sigmas of 0 or more in pixels, e.g. blur=0-1.5.");
    }

    @Override
    public void apply(PatchValues values, Random random) {
        double s = sigma.draw(random);
        if (s == 0) return;
        values.filterInput(plane -> {
            new GaussianBlur().blurGaussian(plane, s, s, ACCURACY);
            return plane;
        });
    }

    @Override
    public String spec() {
        return "blur=" + sigma.spec();
    }
}
