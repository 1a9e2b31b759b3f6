package org.neuralij.task;

/** The user's {@code tile=} and {@code overlap=} keys (0 = automatic) and the automatic tile limit. */
public record TilingOptions(int tile, int overlap, int maxAutoTile) {

    public static TilingOptions automatic() {
        return new TilingOptions(0, 0, org.neuralij.image.tiling.TilingPlan.DEFAULT_MAX_WINDOW);
    }

    public static TilingOptions of(int tile, int overlap) {
        return new TilingOptions(tile, overlap, org.neuralij.image.tiling.TilingPlan.DEFAULT_MAX_WINDOW);
    }
}
