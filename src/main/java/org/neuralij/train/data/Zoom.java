package org.neuralij.train.data;

/**
 * Objects {@code factor} times larger ({@code zoom=0.5-2}, drawn uniformly in log scale so that halving and doubling
 * are equally likely): the patch is cut from a square of patch/factor pixels and resampled to the patch size, the
 * input bilinearly, labels and masks by nearest neighbour. Where an image is too small for the square, the zoom is
 * the smallest that fits.
 */
public record Zoom(RandomRange factor) implements AugmentationStep {

    public Zoom {
        if (!(factor.min() > 0) || factor.max() > 8) {
            throw new IllegalArgumentException("zoom=" + factor.spec() + ": give factors above 0 and at most 8, e.g. zoom=0.5-2.");
        }
    }

    @Override
    public String spec() {
        return "zoom=" + factor.spec();
    }
}
