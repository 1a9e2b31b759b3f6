package org.neuralij.image;

/** A normalized 1-D Gaussian kernel of a given radius, sampled like scipy.ndimage's gaussian_filter. */
final class GaussianKernel {

    private GaussianKernel() {
    }

    /** Weights for offsets -radius .. radius, summing to 1. */
    static double[] weights(double sigma, int radius) {
        double[] w = new double[2 * radius + 1];
        double sum = 0;
        for (int k = -radius; k <= radius; k++) {
            w[k + radius] = Math.exp(-0.5 * k * k / (sigma * sigma));
            sum += w[k + radius];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return w;
    }
}
