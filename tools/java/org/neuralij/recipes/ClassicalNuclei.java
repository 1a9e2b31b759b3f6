package org.neuralij.recipes;

import ij.plugin.filter.BackgroundSubtracter;
import ij.plugin.filter.GaussianBlur;
import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

/**
 * The best classical nuclei pipeline ImageJ offers without plugins, as a user who knows the nuclei's size would run
 * it: Process › Subtract Background (rolling ball, dark background), Gaussian smoothing, Otsu threshold, fill holes,
 * watershed, connected components. {@link #tuned} picks the ball radius and the smoothing that score best on a
 * tuning image, so the baseline is compared at its best.
 */
public record ClassicalNuclei(double ballRadius, double smoothing) {

    static final double[] BALL_RADII_PER_LARGEST_RADIUS = {1.5, 2.5, 4};
    static final double[] SMOOTHING = {0, 1, 2};

    /** The parameters with the best object F1 (then foreground IoU) on {@code tuning}. */
    static ClassicalNuclei tuned(WidefieldNuclei tuning, double largestRadius) {
        ClassicalNuclei best = null;
        double bestScore = -1;
        for (double factor : BALL_RADII_PER_LARGEST_RADIUS) {
            for (double sigma : SMOOTHING) {
                ClassicalNuclei candidate = new ClassicalNuclei(factor * largestRadius, sigma);
                NucleiReport.Scores scores = new NucleiReport.Scores();
                scores.add(tuning.instances(), candidate.labels(tuning.image().getProcessor()));
                double score = scores.f1() + 1e-3 * scores.iou();
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Object numbers, 0 for background. */
    int[] labels(ImageProcessor image) {
        FloatProcessor values = image.convertToFloatProcessor();
        new BackgroundSubtracter().rollingBallBackground(values, ballRadius, false, false, false, true, true);
        if (smoothing > 0) new GaussianBlur().blurGaussian(values, smoothing, smoothing, 0.002);
        values.resetMinAndMax();
        int[] histogram = values.getHistogram(256);
        int bin = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, histogram);
        double min = values.getMin();
        double threshold = min + (bin + 1) * (values.getMax() - min) / 256;
        int width = image.getWidth();
        int height = image.getHeight();
        ByteProcessor binary = new ByteProcessor(width, height);
        for (int i = 0; i < binary.getPixelCount(); i++) binary.set(i, values.getf(i) >= threshold ? 255 : 0);
        return NucleiReport.separated(binary);
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "rolling ball %.0f px, smoothing %.0f px", ballRadius, smoothing);
    }
}
