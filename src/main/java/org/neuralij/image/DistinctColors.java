package org.neuralij.image;

import ij.process.LUT;

/**
 * A lookup table of 256 colours that are as different from each other as possible, for label
 * images (Glasbey et al. 2007): black for the background, then each colour the one of a 32-level
 * RGB grid farthest (in CIELAB) from all colours chosen before it. Made here rather than read
 * from Fiji's luts/ folder, which plain ImageJ and headless runs do not have.
 */
public final class DistinctColors {

    private static final int LEVELS = 32;
    private static LUT lut;

    private DistinctColors() {
    }

    public static synchronized LUT lut() {
        if (lut == null) lut = build();
        return (LUT) lut.clone();
    }

    private static LUT build() {
        int candidates = LEVELS * LEVELS * LEVELS;
        double[][] lab = new double[candidates][];
        double[] nearest = new double[candidates];
        for (int i = 0; i < candidates; i++) {
            lab[i] = toLab(level(i / (LEVELS * LEVELS)), level(i / LEVELS % LEVELS), level(i % LEVELS));
            nearest[i] = Double.MAX_VALUE;
        }
        byte[] r = new byte[256], g = new byte[256], b = new byte[256];
        int chosen = 0; // black
        for (int c = 0; c < 256; c++) {
            r[c] = (byte) level(chosen / (LEVELS * LEVELS));
            g[c] = (byte) level(chosen / LEVELS % LEVELS);
            b[c] = (byte) level(chosen % LEVELS);
            int farthest = 0;
            for (int i = 0; i < candidates; i++) {
                nearest[i] = Math.min(nearest[i], distance2(lab[i], lab[chosen]));
                if (nearest[i] > nearest[farthest]) farthest = i;
            }
            chosen = farthest;
        }
        return new LUT(r, g, b);
    }

    private static int level(int index) {
        return index * 255 / (LEVELS - 1);
    }

    private static double distance2(double[] p, double[] q) {
        double dl = p[0] - q[0], da = p[1] - q[1], db = p[2] - q[2];
        return dl * dl + da * da + db * db;
    }

    /** sRGB (0–255) to CIELAB under D65. */
    static double[] toLab(int red, int green, int blue) {
        double rl = linear(red), gl = linear(green), bl = linear(blue);
        double x = (0.4124 * rl + 0.3576 * gl + 0.1805 * bl) / 0.95047;
        double y = 0.2126 * rl + 0.7152 * gl + 0.0722 * bl;
        double z = (0.0193 * rl + 0.1192 * gl + 0.9505 * bl) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
