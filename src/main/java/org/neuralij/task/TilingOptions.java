package org.neuralij.task;

import org.neuralij.image.tiling.AutomaticTileSize;

/** The user's {@code tile=} and {@code overlap=} keys (0 = automatic) and the largest tile chosen automatically. */
public record TilingOptions(int tile, int overlap, int maxAutoTile) {

    public static TilingOptions automatic() {
        return of(0, 0);
    }

    public static TilingOptions of(int tile, int overlap) {
        return new TilingOptions(tile, overlap, AutomaticTileSize.forThisMachine());
    }
}
