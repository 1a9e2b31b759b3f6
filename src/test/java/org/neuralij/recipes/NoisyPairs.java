package org.neuralij.recipes;

import ij.ImagePlus;
import ij.process.FloatProcessor;
import org.neuralij.image.Normalizer;

import java.util.Random;

/**
 * A clean image in [0, 1] with Gaussian noise added, both mapped by the percentile
 * normalisation fitted on the noisy image — exactly what the model sees at inference,
 * where only the noisy image exists.
 */
record NoisyPairs(float[] noisy, float[] clean, int width, int height) {

    static NoisyPairs make(float[] clean01, int width, int height, double sigma, Random random) {
        float[] noisy = new float[clean01.length];
        for (int i = 0; i < noisy.length; i++) noisy[i] = (float) (clean01[i] + sigma * random.nextGaussian());
        Normalizer normalizer = Normalizer.percentile(new ImagePlus("noisy", new FloatProcessor(width, height, noisy.clone())), 0, 1, 99.8);
        float[] normalizedNoisy = new float[noisy.length];
        float[] normalizedClean = new float[noisy.length];
        for (int i = 0; i < noisy.length; i++) {
            normalizedNoisy[i] = normalizer.normalize(noisy[i]);
            normalizedClean[i] = normalizer.normalize(clean01[i]);
        }
        return new NoisyPairs(normalizedNoisy, normalizedClean, width, height);
    }

    /** Copies a patch at (x, y), flipped and rotated by quarter turns as {@code orientation} (0–7) says. */
    void patch(int x, int y, int size, int orientation, float[] noisyTarget, float[] cleanTarget, int offset) {
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                int r = row;
                int c = col;
                if ((orientation & 1) != 0) c = size - 1 - c;
                if ((orientation & 2) != 0) r = size - 1 - r;
                if ((orientation & 4) != 0) {
                    int swap = r;
                    r = c;
                    c = swap;
                }
                int source = (y + r) * width + x + c;
                noisyTarget[offset + row * size + col] = noisy[source];
                cleanTarget[offset + row * size + col] = clean[source];
            }
        }
    }
}
