package org.neuralij.task;

import org.neuralij.image.tiling.TileSource;

/** Network input already held as whole planes (one array per channel, row-major): read as they are. */
final class PlanesSource implements TileSource {

    private final float[][] planes;
    private final int width;
    private final int height;

    PlanesSource(float[][] planes, int width, int height) {
        this.planes = planes;
        this.width = width;
        this.height = height;
    }

    @Override
    public int channels() {
        return planes.length;
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
        float[] plane = planes[channel];
        int row = y * width;
        for (int i = 0; i < xs.length; i++) target[offset + i] = plane[row + xs[i]];
    }
}
