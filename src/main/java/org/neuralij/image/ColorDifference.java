package org.neuralij.image;

import ij.process.ColorProcessor;

/**
 * A colour as its luminance L = wr·R + wg·G + wb·B plus two colour differences, R−G and B−G
 * (the chroma a colorize model predicts). The differences do not depend on the weights, so a
 * colour can be rebuilt on any luminance with any weights: G = L − wr·(R−G) − wb·(B−G),
 * R = G + (R−G), B = G + (B−G). Where that leaves 0..255, the differences are scaled down for
 * that pixel (towards gray) until R, G and B fit, so the luminance is always kept.
 */
public final class ColorDifference {

    /** ImageJ's default RGB → gray conversion, (R+G+B)/3; what colorize models are trained on. */
    public static final ColorDifference EQUAL_WEIGHTS = new ColorDifference(1, 1, 1);

    private final double wr;
    private final double wg;
    private final double wb;

    /** Weights of R, G and B (not negative, normalised to a sum of 1). */
    public ColorDifference(double red, double green, double blue) {
        double sum = red + green + blue;
        if (!(red >= 0 && green >= 0 && blue >= 0 && sum > 0)) {
            throw new IllegalArgumentException("RGB weights must not be negative and not all 0: " + red + ", " + green + ", " + blue);
        }
        this.wr = red / sum;
        this.wg = green / sum;
        this.wb = blue / sum;
    }

    /** The weights ImageJ uses now to convert RGB to gray (Edit › Options › Conversions, "weighted RGB conversions"). */
    public static ColorDifference imageJ() {
        double[] weights = ColorProcessor.getWeightingFactors();
        return new ColorDifference(weights[0], weights[1], weights[2]);
    }

    public double luminance(double red, double green, double blue) {
        return wr * red + wg * green + wb * blue;
    }

    /**
     * The 8-bit colour (packed 0xRRGGBB) with luminance {@code l} (0..255) and differences
     * {@code redMinusGreen}, {@code blueMinusGreen} (units of 0..255, non-finite = 0), scaled down where
     * needed; its luminance is {@code l} within half a level of G's weight.
     */
    public int rgb(double l, double redMinusGreen, double blueMinusGreen) {
        double rg = Double.isFinite(redMinusGreen) ? redMinusGreen : 0;
        double bg = Double.isFinite(blueMinusGreen) ? blueMinusGreen : 0;
        double green = -wr * rg - wb * bg;
        double scale = fit(l, rg + green, fit(l, green, fit(l, bg + green, 1)));
        int r = clamp(l + scale * (rg + green));
        int b = clamp(l + scale * (bg + green));
        int g = wg > 1e-6 ? clamp((l - wr * r - wb * b) / wg) : clamp(l + scale * green);
        return (r << 16) | (g << 8) | b;
    }

    /** The largest factor up to {@code scale} that keeps l + factor·offset within 0..255. */
    private static double fit(double l, double offset, double scale) {
        if (l + scale * offset > 255) return (255 - l) / offset;
        if (l + scale * offset < 0) return -l / offset;
        return scale;
    }

    private static int clamp(double value) {
        long rounded = Math.round(value);
        return (int) Math.max(0, Math.min(255, rounded));
    }
}
