package org.neuralij.image.tiling;

/** Told after each tile; asked before each tile whether the user cancelled. */
@FunctionalInterface
public interface TileProgress {

    TileProgress NONE = () -> false;

    default void tileDone(int done, int total) {
    }

    boolean isCancelled();
}
