package org.neuralij.task.train;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.neuralij.nn.engine.TorchEngine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * How close a generator's samples come to real images, as two one-dimensional Wasserstein distances (values -1..1): between
 * the pixel values of samples and real patches, and between their gradient magnitudes (|dx| + |dy|, which says whether the
 * shapes have the real ones' edges). The baseline is the classical generative model of independent Gaussian pixels with
 * each pixel's mean and standard deviation over the real patches: right in each pixel's values, wrong in every shape.
 */
record GeneratorQuality(double pixels, double gradients, double baselinePixels, double baselineGradients, int samples) {

    static final int SAMPLES = 64;
    private static final long SEED = 20_261_207L;

    /** {@code real}: {@link #SAMPLES} patches of channels × size × size; the generator is run in inference mode. */
    static GeneratorQuality measure(Block generator, Device device, int latent, float[] real, int channels, int size) {
        float[] generated;
        Random random = new Random(SEED);
        float[] noise = new float[SAMPLES * latent];
        for (int i = 0; i < noise.length; i++) noise[i] = (float) random.nextGaussian();
        try (NDManager manager = TorchEngine.newManager(device)) {
            generated = generator.forward(new ParameterStore(manager, false), new NDList(manager.create(noise, new Shape(SAMPLES, latent, 1, 1))), false)
                    .head().toFloatArray();
        }
        float[] baseline = independentGaussian(real, channels * size * size, random);
        return new GeneratorQuality(distance(generated, real), distance(gradients(generated, size), gradients(real, size)),
                distance(baseline, real), distance(gradients(baseline, size), gradients(real, size)), SAMPLES);
    }

    boolean beatsBaseline() {
        return pixels < baselinePixels && gradients < baselineGradients;
    }

    String describe(int epoch) {
        return String.format(Locale.ROOT, "on %d samples against %d patches of the training images (values -1..1): pixel-value distance (W1) %.4f, "
                        + "gradient distance %.4f; independent Gaussian pixels of the images' mean and spread: %.4f and %.4f; epoch %d",
                samples, samples, pixels, gradients, baselinePixels, baselineGradients, epoch);
    }

    /** The 1-D Wasserstein-1 distance of two samples of the same size: the mean difference of their sorted values. */
    static double distance(float[] a, float[] b) {
        float[] x = a.clone();
        float[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) sum += Math.abs(x[i] - y[i]);
        return sum / x.length;
    }

    /** |dx| + |dy| of every pixel but the last row and column of each plane. */
    static float[] gradients(float[] planes, int size) {
        int planeCount = planes.length / (size * size);
        float[] magnitudes = new float[planeCount * (size - 1) * (size - 1)];
        int k = 0;
        for (int p = 0; p < planeCount; p++) {
            int base = p * size * size;
            for (int y = 0; y < size - 1; y++) {
                for (int x = 0; x < size - 1; x++) {
                    int i = base + y * size + x;
                    magnitudes[k++] = Math.abs(planes[i + 1] - planes[i]) + Math.abs(planes[i + size] - planes[i]);
                }
            }
        }
        return magnitudes;
    }

    private static float[] independentGaussian(float[] real, int values, Random random) {
        int count = real.length / values;
        float[] drawn = new float[real.length];
        for (int v = 0; v < values; v++) {
            double sum = 0;
            double squares = 0;
            for (int s = 0; s < count; s++) {
                sum += real[s * values + v];
                squares += real[s * values + v] * real[s * values + v];
            }
            double mean = sum / count;
            double spread = Math.sqrt(Math.max(0, squares / count - mean * mean));
            for (int s = 0; s < count; s++) drawn[s * values + v] = (float) Math.max(-1, Math.min(1, mean + spread * random.nextGaussian()));
        }
        return drawn;
    }
}
