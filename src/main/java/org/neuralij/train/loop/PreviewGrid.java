package org.neuralij.train.loop;

import java.util.Arrays;
import org.neuralij.image.Preview;

/**
 * Square patches laid out in rows and columns as one preview image, with a thin dark gap between them. Patches
 * of fewer channels than the grid (gray beside colour) repeat their last channel.
 */
final class PreviewGrid {

    static final int GAP = 2;
    static final float GAP_VALUE = -1;

    private final int patch;
    private final int channels;
    private final int width;
    private final int height;
    private final float[] pixels;

    PreviewGrid(int rows, int columns, int patch, int channels) {
        this.patch = patch;
        this.channels = channels;
        this.width = columns * patch + (columns - 1) * GAP;
        this.height = rows * patch + (rows - 1) * GAP;
        this.pixels = new float[channels * width * height];
        Arrays.fill(pixels, GAP_VALUE);
    }

    /** Copies the first sample of a batch ({@code patchChannels} × patch × patch values first) into a cell. */
    PreviewGrid put(int row, int column, float[] batch, int patchChannels) {
        int x0 = column * (patch + GAP);
        int y0 = row * (patch + GAP);
        for (int c = 0; c < channels; c++) {
            int source = Math.min(c, patchChannels - 1) * patch * patch;
            for (int y = 0; y < patch; y++) {
                System.arraycopy(batch, source + y * patch, pixels, (c * height + y0 + y) * width + x0, patch);
            }
        }
        return this;
    }

    Preview preview() {
        return new Preview(pixels, channels, height, width);
    }
}
