package org.neuralij.image.tiling;

/** Network input already held as whole planes (one array per channel, row-major): read as they are. */
public final class PlaneArraySource implements TileSource {

    private final float[][] planes;
    private final int width;
    private final int height;

    public PlaneArraySource(float[][] planes, int width, int height) {
        this.planes = planes;
        this.width = width;
        this.height = height;
    }

    public float[] plane(int channel) {
        return planes[channel];
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
