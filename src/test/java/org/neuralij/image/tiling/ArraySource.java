package org.neuralij.image.tiling;

import java.util.Random;

/** A single-channel tile source over a float array. */
final class ArraySource implements TileSource {

    final float[] pixels;
    private final int width;
    private final int height;

    ArraySource(float[] pixels, int width, int height) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
    }

    static ArraySource random(int width, int height, long seed) {
        Random random = new Random(seed);
        float[] pixels = new float[width * height];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (float) (Math.sin(i % width / 7.0) + random.nextGaussian() * 0.3);
        return new ArraySource(pixels, width, height);
    }

    @Override
    public int channels() {
        return 1;
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
        for (int i = 0; i < xs.length; i++) target[offset + i] = pixels[y * width + xs[i]];
    }
}
