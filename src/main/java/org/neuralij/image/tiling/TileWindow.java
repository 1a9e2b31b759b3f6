package org.neuralij.image.tiling;

/** The input a network sees for one tile of a plan: the tile's window, reflected where it runs past the image. */
public final class TileWindow {

    private TileWindow() {
    }

    /** Channels × windowHeight × windowWidth values, row-major per channel. */
    public static float[] read(TileSource source, TilingPlan plan, int tx, int ty) {
        AxisTiling ax = plan.x();
        AxisTiling ay = plan.y();
        int width = ax.windowLength(tx);
        int height = ay.windowLength(ty);
        int[] xs = Reflection.indexMap(ax.windowStart(tx), width, source.width());
        int[] ys = Reflection.indexMap(ay.windowStart(ty), height, source.height());
        float[] input = new float[source.channels() * width * height];
        for (int c = 0; c < source.channels(); c++) {
            for (int row = 0; row < height; row++) source.readRow(c, ys[row], xs, input, (c * height + row) * width);
        }
        return input;
    }
}
