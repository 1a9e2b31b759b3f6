package org.neuralij.recipes;

import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;
import org.neuralij.image.ImageMetrics;

/**
 * What a user would do without a model: ImageJ's Gaussian blur, with the sigma that scores best
 * against the clean image (an oracle choice a user cannot make, so the baseline is as strong as it can be).
 */
final class GaussianBaseline {

    private GaussianBaseline() {
    }

    /** The best sigma (0 = no filter) from 0.5 to 6 px in steps of 0.25, and its PSNR. */
    static double[] best(float[] reference, float[] noisy, int width, int height, double dataRange) {
        double[] best = {0, ImageMetrics.psnr(reference, noisy, dataRange)};
        for (double sigma = 0.5; sigma <= 6.0; sigma += 0.25) {
            FloatProcessor blurred = new FloatProcessor(width, height, noisy.clone());
            new GaussianBlur().blurGaussian(blurred, sigma, sigma, 0.002);
            double psnr = ImageMetrics.psnr(reference, (float[]) blurred.getPixels(), dataRange);
            if (psnr > best[1]) best = new double[] {sigma, psnr};
        }
        return best;
    }
}
