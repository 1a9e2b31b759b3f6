package org.neuralij.image;

import ij.process.ColorProcessor;

/**
 * Hasler and Süsstrunk's colourfulness of an RGB image (2003): with rg = R − G and
 * yb = (R + G)/2 − B per pixel, M = √(σ_rg² + σ_yb²) + 0.3·√(μ_rg² + μ_yb²), in 8-bit levels.
 * A gray image scores 0; photographs typically 15 (dull) to 110 (extremely colourful).
 */
public final class Colourfulness {

    private Colourfulness() {
    }

    public static double of(ColorProcessor rgb) {
        int[] pixels = (int[]) rgb.getPixels();
        double sumRg = 0, sumYb = 0, squaresRg = 0, squaresYb = 0;
        for (int c : pixels) {
            int r = (c >> 16) & 0xff;
            int g = (c >> 8) & 0xff;
            int b = c & 0xff;
            double rg = r - g;
            double yb = 0.5 * (r + g) - b;
            sumRg += rg;
            sumYb += yb;
            squaresRg += rg * rg;
            squaresYb += yb * yb;
        }
        int n = pixels.length;
        double meanRg = sumRg / n;
        double meanYb = sumYb / n;
        double varianceRg = Math.max(0, squaresRg / n - meanRg * meanRg);
        double varianceYb = Math.max(0, squaresYb / n - meanYb * meanYb);
        return Math.sqrt(varianceRg + varianceYb) + 0.3 * Math.sqrt(meanRg * meanRg + meanYb * meanYb);
    }
}
