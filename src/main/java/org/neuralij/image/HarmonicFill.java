package org.neuralij.image;

import java.util.ArrayList;
import java.util.List;

/**
 * The classical (diffusion) inpainting: fills the hole pixels of a plane with the solution of
 * Laplace's equation whose boundary values are the known pixels around the hole, so that each
 * filled pixel is the mean of its four neighbours. At the image border only the neighbours inside
 * the image count (no flux across the border). Solved by conjugate gradients preconditioned with a
 * multigrid V-cycle (Gauss-Seidel smoothing, the residual carried to a grid of half the size and the
 * correction back by bilinear weights) until the largest change of a step is below {@code tolerance}
 * times the range of the known values; a hole of a few pixels is solved by successive over-relaxation
 * alone. Non-finite known pixels are ignored as boundary values.
 */
public final class HarmonicFill {

    public static final double DEFAULT_TOLERANCE = 1e-5;
    /** Levels stop shrinking at this many unknowns; the coarsest is solved by symmetric over-relaxation. */
    static final int DIRECT_SOLVE_UNKNOWNS = 64;
    static final int SMOOTHING_SWEEPS = 1;
    static final int COARSEST_SWEEPS = 25;
    static final int MAX_STEPS = 200;
    static final int MAX_SWEEPS = 20_000;

    private final List<HoleGrid> levels = new ArrayList<>();
    private final List<int[]> parents = new ArrayList<>();
    private final double tolerance;

    private HarmonicFill(HoleGrid finest, double tolerance) {
        this.tolerance = tolerance;
        HoleGrid grid = finest;
        levels.add(grid);
        while (grid.unknowns.length > DIRECT_SOLVE_UNKNOWNS && grid.width >= 4 && grid.height >= 4) {
            parents.add(grid.parents());
            grid = grid.coarser();
            levels.add(grid);
        }
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
        HoleGrid grid = HoleGrid.of(values, width, height, hole);
        if (grid.unknowns.length == 0) return;
        startFromMean(values, hole, grid.unknowns);
        new HarmonicFill(grid, tolerance * Math.max(range[1] - range[0], Float.MIN_NORMAL)).solve(values);
    }

    /** Conjugate gradients preconditioned by one V-cycle, until the largest change of a step is below the tolerance. */
    private void solve(float[] values) {
        HoleGrid fine = levels.get(0);
        if (levels.size() == 1) {
            overRelax(fine, values, null, tolerance);
            return;
        }
        int[] unknowns = fine.unknowns;
        float[] residual = new float[unknowns.length];
        fine.residual(values, null, residual);
        float[] preconditioned = precondition(residual, values.length);
        float[] direction = preconditioned.clone();
        float[] directionPlane = new float[values.length];
        float[] negativeProduct = new float[unknowns.length];
        double rz = dot(residual, preconditioned);
        for (int step = 0; step < MAX_STEPS && rz > 0; step++) {
            for (int k = 0; k < unknowns.length; k++) directionPlane[unknowns[k]] = direction[k];
            fine.residual(directionPlane, null, negativeProduct);
            double curvature = -dot(direction, negativeProduct);
            if (!(curvature > 0)) break;
            double alpha = rz / curvature;
            double largest = 0;
            for (int k = 0; k < unknowns.length; k++) {
                double change = alpha * direction[k];
                values[unknowns[k]] += (float) change;
                residual[k] += (float) (alpha * negativeProduct[k]);
                largest = Math.max(largest, Math.abs(change));
            }
            if (largest < tolerance) return;
            preconditioned = precondition(residual, values.length);
            double next = dot(residual, preconditioned);
            double beta = next / rz;
            rz = next;
            for (int k = 0; k < unknowns.length; k++) direction[k] = (float) (preconditioned[k] + beta * direction[k]);
        }
        overRelax(fine, values, null, tolerance);
    }

    /** One V-cycle on {@code A e = residual} from e = 0: a symmetric approximation of A's inverse. */
    private float[] precondition(float[] residual, int planeSize) {
        int[] unknowns = levels.get(0).unknowns;
        float[] rhs = new float[planeSize];
        for (int k = 0; k < unknowns.length; k++) rhs[unknowns[k]] = residual[k];
        float[] correction = new float[planeSize];
        vCycle(0, correction, rhs);
        float[] result = new float[unknowns.length];
        for (int k = 0; k < unknowns.length; k++) result[k] = correction[unknowns[k]];
        return result;
    }

    /** Forward Gauss-Seidel, the correction from the next coarser level, backward Gauss-Seidel: a symmetric cycle. */
    private void vCycle(int level, float[] u, float[] rhs) {
        HoleGrid grid = levels.get(level);
        if (level == levels.size() - 1) {
            double omega = grid.relaxation();
            for (int s = 0; s < COARSEST_SWEEPS; s++) {
                grid.sweep(u, rhs, omega, false);
                grid.sweep(u, rhs, omega, true);
            }
            return;
        }
        for (int s = 0; s < SMOOTHING_SWEEPS; s++) grid.sweep(u, rhs, 1, false);
        float[] residual = new float[grid.unknowns.length];
        grid.residual(u, rhs, residual);
        HoleGrid coarse = levels.get(level + 1);
        int[] parent = parents.get(level);
        float[] coarseRhs = new float[coarse.width * coarse.height];
        for (int k = 0; k < residual.length; k++) {
            float r = residual[k];
            coarseRhs[parent[4 * k]] += 9 / 16f * r;
            coarseRhs[parent[4 * k + 1]] += 3 / 16f * r;
            coarseRhs[parent[4 * k + 2]] += 3 / 16f * r;
            coarseRhs[parent[4 * k + 3]] += 1 / 16f * r;
        }
        float[] correction = new float[coarseRhs.length];
        vCycle(level + 1, correction, coarseRhs);
        for (int k = 0; k < residual.length; k++) {
            u[grid.unknowns[k]] += (9 * correction[parent[4 * k]] + 3 * correction[parent[4 * k + 1]]
                    + 3 * correction[parent[4 * k + 2]] + correction[parent[4 * k + 3]]) / 16;
        }
        for (int s = 0; s < SMOOTHING_SWEEPS; s++) grid.sweep(u, rhs, 1, true);
    }

    private static double overRelax(HoleGrid grid, float[] u, float[] rhs, double tolerance) {
        double omega = grid.relaxation();
        double largest = Double.POSITIVE_INFINITY;
        for (int sweep = 0; sweep < MAX_SWEEPS && largest >= tolerance; sweep++) largest = grid.sweep(u, rhs, omega, false);
        return largest;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) sum += (double) a[k] * b[k];
        return sum;
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
