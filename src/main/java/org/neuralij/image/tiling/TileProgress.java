package org.neuralij.image.tiling;

/** Told after each tile; asked before each tile whether the user cancelled. */
public interface TileProgress {

    TileProgress NONE = new TileProgress() {
        @Override
        public void tileDone(int done, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void tileDone(int done, int total);

    boolean isCancelled();
}
