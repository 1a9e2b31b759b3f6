package org.neuralij.image.tiling;

/**
 * Chooses tile cores and margins for an image from the network's constraints and the
 * user's {@code tile=} (size of the tile given to the network, 0 = automatic) and
 * {@code overlap=} (context read on each side of a tile, 0 = automatic).
 */
public record TilingPlan(AxisTiling x, AxisTiling y, int halo, int scale) {

    /** Largest automatic tile where the free memory cannot be read (see {@link AutomaticTileSize}). */
    public static final int DEFAULT_MAX_WINDOW = 1024;
    /** Margin used when a model does not state its receptive field. */
    public static final int UNKNOWN_HALO_MARGIN = 32;

    public static TilingPlan create(int width, int height, NetworkGeometry net, int tile, int overlap, int maxAutoWindow) {
        if (tile < 0) throw new IllegalArgumentException("tile=" + tile + " is negative: use 0 for automatic tiling or a tile size in pixels.");
        if (overlap < 0) throw new IllegalArgumentException("overlap=" + overlap + " is negative: use 0 for automatic or a number of pixels.");
        int multiple = net.sizeMultiple();
        int requested = overlap > 0 ? overlap : net.halo() > 0 ? net.halo() : UNKNOWN_HALO_MARGIN;
        int margin = AxisTiling.roundUp(Math.max(requested, net.halo()), multiple);
        int window = tile > 0 ? tile : Math.max(maxAutoWindow, 2 * margin + multiple);
        int maxCore = (window - 2 * margin) / multiple * multiple;
        if (maxCore < multiple) {
            throw new IllegalArgumentException("tile=" + tile + " leaves no room inside an overlap of " + margin
                    + " pixels on each side: use tile=0 (automatic) or a tile of at least " + (2 * margin + Math.max(multiple, 16)) + ".");
        }
        return new TilingPlan(axis(width, maxCore, margin, net), axis(height, maxCore, margin, net), net.halo(), net.scale());
    }

    /** Splits the axis into as few tiles as the core limit allows, of nearly equal size. */
    private static AxisTiling axis(int length, int maxCore, int margin, NetworkGeometry net) {
        int tiles = (length + maxCore - 1) / maxCore;
        int core = AxisTiling.roundUp((length + tiles - 1) / tiles, net.sizeMultiple());
        return new AxisTiling(length, Math.min(core, maxCore), margin, net.sizeMultiple(), net.minSize());
    }

    public int tileCount() {
        return x.tileCount() * y.tileCount();
    }

    public int margin() {
        return x.margin();
    }
}
