package org.neuralij.image;

/**
 * One level of the grid {@link HarmonicFill} solves on: its unknown pixels and, for each, which of its four
 * neighbours take part in the discrete Laplace equation {@code count·u − Σ neighbours = rhs}. Made once per
 * level, so that a sweep needs neither divisions nor tests of the neighbours.
 */
final class HoleGrid {

    private static final int LEFT = 1, RIGHT = 2, UP = 4, DOWN = 8, ALL = 15;
    /** 1 / the number of neighbours, for each combination of the four flags. */
    private static final float[] INVERSE_COUNT = new float[ALL + 1];

    static {
        for (int flags = 1; flags <= ALL; flags++) INVERSE_COUNT[flags] = 1f / Integer.bitCount(flags);
    }

    final int width;
    final int height;
    /** The unknown pixels, row-major indices in increasing order. */
    final int[] unknowns;
    private final byte[] neighbours;

    private HoleGrid(int width, int height, int[] unknowns, byte[] neighbours) {
        this.width = width;
        this.height = height;
        this.unknowns = unknowns;
        this.neighbours = neighbours;
    }

    /** The image's own grid: a neighbour takes part when it is inside the image and is a hole pixel or a finite known one. */
    static HoleGrid of(float[] values, int width, int height, boolean[] hole) {
        int[] unknowns = indices(hole);
        byte[] neighbours = new byte[unknowns.length];
        for (int k = 0; k < unknowns.length; k++) {
            int i = unknowns[k];
            int x = i % width;
            int y = i / width;
            int flags = 0;
            if (x > 0 && usable(values, hole, i - 1)) flags |= LEFT;
            if (x < width - 1 && usable(values, hole, i + 1)) flags |= RIGHT;
            if (y > 0 && usable(values, hole, i - width)) flags |= UP;
            if (y < height - 1 && usable(values, hole, i + width)) flags |= DOWN;
            neighbours[k] = (byte) flags;
        }
        return new HoleGrid(width, height, unknowns, neighbours);
    }

    /**
     * The grid of half the size: a coarse pixel is unknown when any of its 2×2 fine pixels is; every coarse pixel
     * inside the grid takes part (a known one holds a correction of 0).
     */
    HoleGrid coarser() {
        int coarseWidth = (width + 1) / 2;
        int coarseHeight = (height + 1) / 2;
        boolean[] coarseHole = new boolean[coarseWidth * coarseHeight];
        for (int i : unknowns) coarseHole[(i / width / 2) * coarseWidth + (i % width) / 2] = true;
        int[] coarseUnknowns = indices(coarseHole);
        byte[] flags = new byte[coarseUnknowns.length];
        for (int k = 0; k < coarseUnknowns.length; k++) {
            int x = coarseUnknowns[k] % coarseWidth;
            int y = coarseUnknowns[k] / coarseWidth;
            flags[k] = (byte) ((x > 0 ? LEFT : 0) | (x < coarseWidth - 1 ? RIGHT : 0) | (y > 0 ? UP : 0) | (y < coarseHeight - 1 ? DOWN : 0));
        }
        return new HoleGrid(coarseWidth, coarseHeight, coarseUnknowns, flags);
    }

    /**
     * For each unknown k, at {@code 4k} to {@code 4k + 3}: the coarse pixel ({@link #coarser()}) it lies in, its
     * neighbour across the nearer vertical edge, across the nearer horizontal edge and across the nearer corner
     * (the pixel itself where that is outside the grid): the four coarse pixels bilinear interpolation weighs
     * 9, 3, 3 and 1 sixteenths.
     */
    int[] parents() {
        int coarseWidth = (width + 1) / 2;
        int coarseHeight = (height + 1) / 2;
        int[] parents = new int[4 * unknowns.length];
        for (int k = 0; k < unknowns.length; k++) {
            int x = unknowns[k] % width;
            int y = unknowns[k] / width;
            int cx = x / 2;
            int cy = y / 2;
            int nx = Math.max(0, Math.min(coarseWidth - 1, x % 2 == 0 ? cx - 1 : cx + 1));
            int ny = Math.max(0, Math.min(coarseHeight - 1, y % 2 == 0 ? cy - 1 : cy + 1));
            parents[4 * k] = cy * coarseWidth + cx;
            parents[4 * k + 1] = cy * coarseWidth + nx;
            parents[4 * k + 2] = ny * coarseWidth + cx;
            parents[4 * k + 3] = ny * coarseWidth + nx;
        }
        return parents;
    }

    /**
     * One Gauss-Seidel sweep with over-relaxation {@code omega} ({@code rhs} null for 0), in increasing or decreasing
     * order of the unknowns; an unknown without neighbours keeps its value. Returns the largest change.
     */
    double sweep(float[] u, float[] rhs, double omega, boolean backward) {
        float relaxation = (float) omega;
        float largest = 0;
        for (int n = 0; n < unknowns.length; n++) {
            int k = backward ? unknowns.length - 1 - n : n;
            int flags = neighbours[k];
            if (flags == 0) continue;
            int i = unknowns[k];
            float change = relaxation * (neighbourSum(u, rhs, i, flags) * INVERSE_COUNT[flags] - u[i]);
            u[i] += change;
            largest = Math.max(largest, Math.abs(change));
        }
        return largest;
    }

    /** {@code rhs − (count·u − Σ neighbours)} at each unknown, written to {@code residual[k]}. */
    void residual(float[] u, float[] rhs, float[] residual) {
        for (int k = 0; k < unknowns.length; k++) {
            int flags = neighbours[k];
            int i = unknowns[k];
            residual[k] = neighbourSum(u, rhs, i, flags) - Integer.bitCount(flags) * u[i];
        }
    }

    /** {@code rhs[i]} plus the values of the neighbours {@code flags} names. */
    private float neighbourSum(float[] u, float[] rhs, int i, int flags) {
        float sum = rhs == null ? 0 : rhs[i];
        if (flags == ALL) return sum + u[i - 1] + u[i + 1] + u[i - width] + u[i + width];
        if ((flags & LEFT) != 0) sum += u[i - 1];
        if ((flags & RIGHT) != 0) sum += u[i + 1];
        if ((flags & UP) != 0) sum += u[i - width];
        if ((flags & DOWN) != 0) sum += u[i + width];
        return sum;
    }

    /** The optimal over-relaxation factor for a square of the unknowns' larger extent, at most 1.95. */
    double relaxation() {
        int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1;
        for (int i : unknowns) {
            minX = Math.min(minX, i % width);
            maxX = Math.max(maxX, i % width);
            minY = Math.min(minY, i / width);
            maxY = Math.max(maxY, i / width);
        }
        int extent = Math.max(maxX - minX, maxY - minY) + 2;
        return Math.min(1.95, 2 / (1 + Math.sin(Math.PI / extent)));
    }

    private static boolean usable(float[] values, boolean[] hole, int i) {
        return hole[i] || Float.isFinite(values[i]);
    }

    private static int[] indices(boolean[] hole) {
        int n = 0;
        for (boolean h : hole) if (h) n++;
        int[] result = new int[n];
        int k = 0;
        for (int i = 0; i < hole.length; i++) if (hole[i]) result[k++] = i;
        return result;
    }
}
