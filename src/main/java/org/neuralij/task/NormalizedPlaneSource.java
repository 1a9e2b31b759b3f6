package org.neuralij.task;

import org.neuralij.image.PlaneReader;
import org.neuralij.image.Normalizer;
import org.neuralij.image.tiling.TileSource;

/**
 * The channels of one plane of an image, normalised as the model expects. Non-finite pixels
 * (NaN, ±Infinity) are given to the network as the normalised value 0 so that they do not
 * spread through the convolutions; the result puts NaN back where they were.
 */
final class NormalizedPlaneSource implements TileSource {

    private final PlaneReader[] readers;
    private final Normalizer[] normalizers;
    private final int width;
    private final int height;

    NormalizedPlaneSource(PlaneReader[] readers, Normalizer[] normalizers, int width, int height) {
        this.readers = readers;
        this.normalizers = normalizers;
        this.width = width;
        this.height = height;
    }

    @Override
    public int channels() {
        return readers.length;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void readRow(int channel, int y, int[] xs, float[] target, int offset) {
        PlaneReader reader = readers[channel];
        Normalizer normalizer = normalizers[channel];
        int row = y * width;
        for (int i = 0; i < xs.length; i++) {
            float raw = reader.read(row + xs[i]);
            target[offset + i] = Float.isFinite(raw) ? normalizer.normalize(raw) : 0f;
        }
    }
}
