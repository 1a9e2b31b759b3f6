package org.neuralij.image.tiling;

import java.util.Random;

/** Single-channel tile sources over a float array, for the tiling tests. */
final class ArraySource {

    private ArraySource() {
    }

    static PlaneArraySource of(float[] pixels, int width, int height) {
        return new PlaneArraySource(new float[][] {pixels}, width, height);
    }

    static PlaneArraySource random(int width, int height, long seed) {
        Random random = new Random(seed);
        float[] pixels = new float[width * height];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (float) (Math.sin(i % width / 7.0) + random.nextGaussian() * 0.3);
        return of(pixels, width, height);
    }
}
