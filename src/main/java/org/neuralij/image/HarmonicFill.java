package org.neuralij.image;

/**
 * The classical (diffusion) inpainting: fills the hole pixels of a plane with the solution of
 * Laplace's equation whose boundary values are the known pixels around the hole, so that each
 * filled pixel is the mean of its four neighbours. At the image border only the neighbours inside
 * the image count (no flux across the border). Solved by successive over-relaxation (Gauss-Seidel)
 * until the largest change of a sweep is below {@code tolerance} times the range of the known values,
 * started from the solution on a plane half the size (cascadic multigrid) so that large holes
 * converge in few sweeps. Non-finite known pixels are ignored as boundary values.
 */
public final class HarmonicFill {

    public static final double DEFAULT_TOLERANCE = 1e-5;
    static final int DIRECT_SOLVE_PIXELS = 1024;
    static final int MAX_SWEEPS = 20_000;

    private HarmonicFill() {
    }

    /** Fills {@code values} (row-major, {@code width}×{@code height}) where {@code hole} is true, in place. */
    public static void fill(float[] values, int width, int height, boolean[] hole) {
        fill(values, width, height, hole, DEFAULT_TOLERANCE);
    }

    public static void fill(float[] values, int width, int height, boolean[] hole, double tolerance) {
        if (values.length != width * height || hole.length != values.length) {
            throw new IllegalArgumentException("values and hole must both have width×height = " + width * height + " entries");
        }
        double[] range = knownRange(values, hole);
        if (range == null) throw new IllegalArgumentException("The hole covers the whole image: there are no pixels around it to fill it from.");
        solve(values, width, height, hole, tolerance * Math.max(range[1] - range[0], Float.MIN_NORMAL));
    }

    private static void solve(float[] values, int width, int height, boolean[] hole, double tolerance) {
        int[] holes = indices(hole);
        if (holes.length == 0) return;
        if (holes.length > DIRECT_SOLVE_PIXELS && width >= 4 && height >= 4) startFromCoarse(values, width, height, hole, tolerance);
        else startFromMean(values, hole, holes);
        double omega = relaxation(holes, width);
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            if (sweep(values, width, height, hole, holes, omega) < tolerance) return;
        }
    }

    /** One Gauss-Seidel sweep over the hole with over-relaxation; returns the largest change. */
    private static double sweep(float[] values, int width, int height, boolean[] hole, int[] holes, double omega) {
        double largest = 0;
        for (int i : holes) {
            int x = i % width;
            int y = i / width;
            double sum = 0;
            int count = 0;
            if (x > 0 && usable(values, hole, i - 1)) { sum += values[i - 1]; count++; }
            if (x < width - 1 && usable(values, hole, i + 1)) { sum += values[i + 1]; count++; }
            if (y > 0 && usable(values, hole, i - width)) { sum += values[i - width]; count++; }
            if (y < height - 1 && usable(values, hole, i + width)) { sum += values[i + width]; count++; }
            if (count == 0) continue;
            double change = omega * (sum / count - values[i]);
            values[i] += (float) change;
            largest = Math.max(largest, Math.abs(change));
        }
        return largest;
    }

    private static boolean usable(float[] values, boolean[] hole, int i) {
        return hole[i] || Float.isFinite(values[i]);
    }

    /** Solves on a plane of half the size (a coarse pixel is a hole when all its fine pixels are) and starts from its values. */
    private static void startFromCoarse(float[] values, int width, int height, boolean[] hole, double tolerance) {
        int cw = (width + 1) / 2;
        int ch = (height + 1) / 2;
        float[] coarse = new float[cw * ch];
        boolean[] coarseHole = new boolean[cw * ch];
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                double sum = 0;
                int known = 0;
                for (int y = 2 * cy; y < Math.min(height, 2 * cy + 2); y++) {
                    for (int x = 2 * cx; x < Math.min(width, 2 * cx + 2); x++) {
                        int i = y * width + x;
                        if (!hole[i] && Float.isFinite(values[i])) { sum += values[i]; known++; }
                    }
                }
                coarseHole[cy * cw + cx] = known == 0;
                coarse[cy * cw + cx] = known == 0 ? 0 : (float) (sum / known);
            }
        }
        solve(coarse, cw, ch, coarseHole, tolerance);
        for (int i : indices(hole)) values[i] = coarse[(i / width / 2) * cw + (i % width) / 2];
    }

    private static void startFromMean(float[] values, boolean[] hole, int[] holes) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!hole[i] && Float.isFinite(values[i])) { sum += values[i]; n++; }
        }
        float mean = n == 0 ? 0 : (float) (sum / n);
        for (int i : holes) values[i] = mean;
    }

    /** The optimal over-relaxation factor for a square of the hole's larger extent, at most 1.95. */
    private static double relaxation(int[] holes, int width) {
        int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1;
        for (int i : holes) {
            minX = Math.min(minX, i % width);
            maxX = Math.max(maxX, i % width);
            minY = Math.min(minY, i / width);
            maxY = Math.max(maxY, i / width);
        }
        int extent = Math.max(maxX - minX, maxY - minY) + 2;
        return Math.min(1.95, 2 / (1 + Math.sin(Math.PI / extent)));
    }

    private static int[] indices(boolean[] hole) {
        int n = 0;
        for (boolean h : hole) if (h) n++;
        int[] result = new int[n];
        int k = 0;
        for (int i = 0; i < hole.length; i++) if (hole[i]) result[k++] = i;
        return result;
    }

    private static double[] knownRange(float[] values, boolean[] hole) {
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            if (hole[i] || !Float.isFinite(values[i])) continue;
            low = Math.min(low, values[i]);
            high = Math.max(high, values[i]);
        }
        return low > high ? null : new double[] {low, high};
    }
}
