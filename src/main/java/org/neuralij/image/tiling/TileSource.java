package org.neuralij.image.tiling;

/** Normalised pixels of one plane of an image, read row by row at arbitrary (already reflected) columns. */
public interface TileSource {

    int channels();

    int width();

    int height();

    /** Writes the values of {@code channel} in row {@code y} at the columns {@code xs} into {@code target} from {@code offset}. */
    void readRow(int channel, int y, int[] xs, float[] target, int offset);
}
