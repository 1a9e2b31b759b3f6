package org.neuralij.image.tiling;

/**
 * How one image axis is cut into tiles. The cores of the tiles partition the axis; each
 * tile is read with {@code margin} extra pixels on each side that borders another tile (fewer where the image ends sooner), and its length is rounded up
 * to the network's size multiple (and minimal size). Core starts and margins are multiples
 * of the size multiple, so a network with stride-2 stages sees every tile on the same
 * sampling grid as it would see the whole image.
 */
public record AxisTiling(int length, int core, int margin, int multiple, int minSize) {

    public AxisTiling {
        if (length < 1) throw new IllegalArgumentException("axis length must be at least 1, not " + length);
        if (multiple < 1) throw new IllegalArgumentException("size multiple must be at least 1, not " + multiple);
        if (core < multiple || core % multiple != 0)
            throw new IllegalArgumentException("tile core " + core + " must be a positive multiple of " + multiple);
        if (margin < 0 || margin % multiple != 0)
            throw new IllegalArgumentException("margin " + margin + " must be a non-negative multiple of " + multiple);
    }

    public int tileCount() {
        return (length + core - 1) / core;
    }

    public int coreStart(int tile) {
        return tile * core;
    }

    public int coreEnd(int tile) {
        return Math.min(length, coreStart(tile) + core);
    }

    public int windowStart(int tile) {
        return coreStart(tile) - marginBefore(tile);
    }

    public int windowLength(int tile) {
        int needed = marginBefore(tile) + coreEnd(tile) - coreStart(tile) + marginAfter(tile);
        return roundUp(Math.max(needed, minSize), multiple);
    }

    /**
     * No margin at the image's own edges: the network pads there as it did in training (and as it does on the whole image),
     * and a one-tile image costs no more than its own pixels. A margin is never wider than the image beyond the core, so a
     * tile near an edge sees the edge as the whole-image run does, not a reflection of the input around it.
     */
    private int marginBefore(int tile) {
        return Math.min(margin, coreStart(tile));
    }

    private int marginAfter(int tile) {
        return Math.min(margin, length - coreEnd(tile));
    }

    /** The largest window of any tile: what the network must accept. */
    public int maxWindowLength() {
        int longest = 0;
        for (int t = 0; t < tileCount(); t++) longest = Math.max(longest, windowLength(t));
        return longest;
    }

    public static int roundUp(int value, int multiple) {
        return ((value + multiple - 1) / multiple) * multiple;
    }
}
