package org.neuralij.image;

import java.util.Arrays;

/**
 * Mean SSIM (Wang et al. 2004) with an 11x11 Gaussian window (sigma 1.5), K1 = 0.01, K2 = 0.03 and population
 * (co)variances, averaged over the positions where the window lies fully inside the image. This matches
 * {@code skimage.metrics.structural_similarity(gaussian_weights=True, sigma=1.5, use_sample_covariance=False)}.
 * <p>
 * The window is separable: each row is filtered horizontally once, and the last 11 filtered rows are kept in a
 * ring buffer for the vertical pass, so memory stays proportional to the image width.
 */
final class StructuralSimilarity {

    static final double SIGMA = 1.5;
    static final int RADIUS = 5; // int(3.5 * sigma + 0.5), scipy's truncation at 3.5 sigma
    static final int WINDOW = 2 * RADIUS + 1;
    private static final double K1 = 0.01;
    private static final double K2 = 0.03;

    // Local moments filtered per pixel: means of x, y, x*x, y*y, x*y.
    private static final int X = 0;
    private static final int Y = 1;
    private static final int XX = 2;
    private static final int YY = 3;
    private static final int XY = 4;
    private static final int MOMENTS = 5;

    private static final double[] WEIGHTS = GaussianKernel.weights(SIGMA, RADIUS);

    private StructuralSimilarity() {
    }

    static double mean(float[] reference, float[] test, int width, int height, double dataRange) {
        if (width < WINDOW || height < WINDOW) {
            throw new IllegalArgumentException("SSIM needs images of at least " + WINDOW + "x" + WINDOW
                    + " pixels, but they are " + width + "x" + height + ". Use larger images or crops.");
        }
        double c1 = (K1 * dataRange) * (K1 * dataRange);
        double c2 = (K2 * dataRange) * (K2 * dataRange);
        int validWidth = width - WINDOW + 1;
        int validHeight = height - WINDOW + 1;
        double[][][] rows = new double[WINDOW][MOMENTS][validWidth];
        double[] m = new double[MOMENTS];
        double sum = 0;
        for (int y = 0; y < height; y++) {
            filterRow(reference, test, y * width, rows[y % WINDOW]);
            int top = y - WINDOW + 1;
            if (top < 0) {
                continue;
            }
            for (int x = 0; x < validWidth; x++) {
                filterColumn(rows, top, x, m);
                sum += ssim(m, c1, c2);
            }
        }
        return sum / ((double) validWidth * validHeight);
    }

    private static void filterRow(float[] reference, float[] test, int rowStart, double[][] out) {
        int validWidth = out[0].length;
        for (int x = 0; x < validWidth; x++) {
            double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
            for (int k = 0; k < WINDOW; k++) {
                double a = reference[rowStart + x + k];
                double b = test[rowStart + x + k];
                double w = WEIGHTS[k];
                sx += w * a;
                sy += w * b;
                sxx += w * a * a;
                syy += w * b * b;
                sxy += w * a * b;
            }
            out[X][x] = sx;
            out[Y][x] = sy;
            out[XX][x] = sxx;
            out[YY][x] = syy;
            out[XY][x] = sxy;
        }
    }

    private static void filterColumn(double[][][] rows, int top, int x, double[] moments) {
        Arrays.fill(moments, 0);
        for (int k = 0; k < WINDOW; k++) {
            double[][] row = rows[(top + k) % WINDOW];
            for (int q = 0; q < MOMENTS; q++) {
                moments[q] += WEIGHTS[k] * row[q][x];
            }
        }
    }

    private static double ssim(double[] m, double c1, double c2) {
        double ux = m[X];
        double uy = m[Y];
        double vx = m[XX] - ux * ux;
        double vy = m[YY] - uy * uy;
        double vxy = m[XY] - ux * uy;
        return ((2 * ux * uy + c1) * (2 * vxy + c2)) / ((ux * ux + uy * uy + c1) * (vx + vy + c2));
    }
}
