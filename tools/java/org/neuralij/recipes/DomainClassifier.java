package org.neuralij.recipes;

import ij.ImagePlus;
import ij.process.ImageProcessor;
import org.neuralij.image.Normalizer;

import java.util.List;

/**
 * The judge of {@link CycleGanReport}: logistic regression on three statistics of an image normalised by its own
 * percentiles 1 and 99.8 (so that only the look counts, not the bit depth or range) — mean, standard deviation,
 * skewness — trained by gradient descent on real images of domain A (label 0) and B (label 1).
 */
final class DomainClassifier {

    private static final int FEATURES = 3;
    private static final int ITERATIONS = 5000;
    private static final double LEARNING_RATE = 0.1;

    private final double[] centre;
    private final double[] scale;
    private final double[] weights;
    private final double bias;

    private DomainClassifier(double[] centre, double[] scale, double[] weights, double bias) {
        this.centre = centre;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    static DomainClassifier train(List<ImagePlus> domainA, List<ImagePlus> domainB) {
        int n = domainA.size() + domainB.size();
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            boolean b = i >= domainA.size();
            x[i] = features(b ? domainB.get(i - domainA.size()) : domainA.get(i));
            y[i] = b ? 1 : 0;
        }
        double[] centre = new double[FEATURES];
        double[] scale = new double[FEATURES];
        for (int f = 0; f < FEATURES; f++) {
            for (double[] row : x) centre[f] += row[f] / n;
            for (double[] row : x) scale[f] += (row[f] - centre[f]) * (row[f] - centre[f]) / n;
            scale[f] = Math.sqrt(scale[f]) + 1e-9;
        }
        double[] weights = new double[FEATURES];
        double bias = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[FEATURES];
            double biasGradient = 0;
            for (int i = 0; i < n; i++) {
                double error = sigmoid(score(x[i], centre, scale, weights, bias)) - y[i];
                for (int f = 0; f < FEATURES; f++) gradient[f] += error * (x[i][f] - centre[f]) / scale[f] / n;
                biasGradient += error / n;
            }
            for (int f = 0; f < FEATURES; f++) weights[f] -= LEARNING_RATE * gradient[f];
            bias -= LEARNING_RATE * biasGradient;
        }
        return new DomainClassifier(centre, scale, weights, bias);
    }

    /** Whether the image looks like domain B (brightfield). */
    boolean looksLikeB(ImagePlus image) {
        return score(features(image), centre, scale, weights, bias) > 0;
    }

    private static double score(double[] features, double[] centre, double[] scale, double[] weights, double bias) {
        double sum = bias;
        for (int f = 0; f < FEATURES; f++) sum += weights[f] * (features[f] - centre[f]) / scale[f];
        return sum;
    }

    private static double sigmoid(double value) {
        return 1 / (1 + Math.exp(-value));
    }

    /** Mean, standard deviation and skewness of the first plane normalised to its percentiles 1 … 99.8 (→ 0 … 1). */
    static double[] features(ImagePlus image) {
        Normalizer normalizer = Normalizer.percentile(image, 0, 1, 99.8);
        ImageProcessor plane = image.getProcessor();
        int count = plane.getPixelCount();
        double[] values = new double[count];
        double mean = 0;
        for (int i = 0; i < count; i++) {
            values[i] = normalizer.normalize(plane.getf(i));
            mean += values[i] / count;
        }
        double variance = 0;
        double third = 0;
        for (double value : values) {
            double d = value - mean;
            variance += d * d / count;
            third += d * d * d / count;
        }
        double deviation = Math.sqrt(variance);
        return new double[] {mean, deviation, third / (deviation * deviation * deviation + 1e-12)};
    }
}
