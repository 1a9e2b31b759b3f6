package org.neuralij.image;

/**
 * Image quality metrics on single planes stored row by row as float arrays. NaN or infinite pixels make the
 * result NaN or infinite.
 */
public final class ImageMetrics {

    private ImageMetrics() {
    }

    public static double meanAbsoluteError(float[] reference, float[] test) {
        requireSameSize(reference, test);
        double sum = 0;
        for (int i = 0; i < reference.length; i++) {
            sum += Math.abs((double) reference[i] - test[i]);
        }
        return sum / reference.length;
    }

    public static double meanSquaredError(float[] reference, float[] test) {
        requireSameSize(reference, test);
        double sum = 0;
        for (int i = 0; i < reference.length; i++) {
            double d = (double) reference[i] - test[i];
            sum += d * d;
        }
        return sum / reference.length;
    }

    /**
     * Peak signal-to-noise ratio in dB, {@code 10 log10(dataRange^2 / MSE)}; positive infinity for identical
     * images.
     *
     * @param dataRange the span of possible values, e.g. 255 for 8-bit or 1 for images scaled to [0, 1]
     */
    public static double psnr(float[] reference, float[] test, double dataRange) {
        requirePositiveRange(dataRange);
        double mse = meanSquaredError(reference, test);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(dataRange * dataRange / mse);
    }

    /**
     * Mean structural similarity, as {@code skimage.metrics.structural_similarity(reference, test,
     * gaussian_weights=True, sigma=1.5, use_sample_covariance=False, data_range=dataRange)}: 11x11 Gaussian
     * window, averaged over window positions fully inside the image. Both planes must be at least 11x11.
     */
    public static double ssim(float[] reference, float[] test, int width, int height, double dataRange) {
        requireSameSize(reference, test);
        requirePositiveRange(dataRange);
        if ((long) width * height != reference.length) {
            throw new IllegalArgumentException("The planes have " + reference.length + " pixels, but width x height"
                    + " is " + width + " x " + height + ". Pass the real width and height.");
        }
        return StructuralSimilarity.mean(reference, test, width, height, dataRange);
    }

    private static void requireSameSize(float[] reference, float[] test) {
        if (reference.length != test.length || reference.length == 0) {
            throw new IllegalArgumentException("The images to compare must be non-empty and the same size, but have "
                    + reference.length + " and " + test.length + " pixels.");
        }
    }

    private static void requirePositiveRange(double dataRange) {
        if (!(dataRange > 0) || Double.isInfinite(dataRange)) {
            throw new IllegalArgumentException("The data range must be a positive number (e.g. 255 for 8-bit, 1 for"
                    + " images scaled to [0, 1]), but is " + dataRange + ".");
        }
    }
}
