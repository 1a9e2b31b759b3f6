package org.neuralij.image.tiling;

/**
 * Weights of one tile's output along one axis. Inside the core the weight is 1. Beyond the
 * core it falls linearly to 0 over the part of the margin that still has at least
 * {@code halo} pixels of context, and is 0 where the context is shorter than the halo.
 * With a margin equal to the halo the tiles are simply cropped to their cores; a wider
 * margin blends neighbours smoothly. Tiles form a grid, so the total weight at a pixel is
 * the product of the per-axis totals.
 */
public final class BlendWeights {

    private BlendWeights() {
    }

    /** Weights over the tile's output window (input window times {@code scale}). */
    public static float[] forTile(AxisTiling axis, int tile, int scale, int halo) {
        int windowStart = axis.windowStart(tile) * scale;
        int coreStart = axis.coreStart(tile) * scale;
        int coreEnd = axis.coreEnd(tile) * scale;
        int band = Math.max(0, (axis.margin() - halo) * scale);
        float[] weights = new float[axis.windowLength(tile) * scale];
        for (int i = 0; i < weights.length; i++) {
            int position = windowStart + i;
            int distance = position < coreStart ? coreStart - position : position >= coreEnd ? position - coreEnd + 1 : 0;
            weights[i] = distance == 0 ? 1f : distance <= band ? 1f - distance / (float) (band + 1) : 0f;
        }
        return weights;
    }

    /** Sum over all tiles of the weights at each output position of the axis. */
    public static float[] totals(AxisTiling axis, int scale, int halo) {
        float[] total = new float[axis.length() * scale];
        for (int t = 0; t < axis.tileCount(); t++) {
            float[] weights = forTile(axis, t, scale, halo);
            int start = axis.windowStart(t) * scale;
            for (int i = 0; i < weights.length; i++) {
                int position = start + i;
                if (position >= 0 && position < total.length) total[position] += weights[i];
            }
        }
        return total;
    }
}
