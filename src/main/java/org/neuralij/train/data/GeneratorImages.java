package org.neuralij.train.data;

import org.neuralij.image.FloatImage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The real images a generator learns from noise to imitate: every image of a folder, mapped to [-1, 1] with one value range
 * for the whole folder (0-255 for 8-bit and RGB, else the folder's smallest and largest value), so that the brightness of the
 * images relative to one another is learnt too. Batches are random square patches in one of the 8 orientations; an image of
 * the patch's size is used whole.
 */
public final class GeneratorImages implements ImageBatches {

    private final PatchSampler sampler;
    private final int channels;
    private final int bitDepth;
    private final double low;
    private final double high;
    private final long pixels;
    private final int count;

    private GeneratorImages(PatchSampler sampler, int channels, int bitDepth, double low, double high, long pixels, int count) {
        this.sampler = sampler;
        this.channels = channels;
        this.bitDepth = bitDepth;
        this.low = low;
        this.high = high;
        this.pixels = pixels;
        this.count = count;
    }

    public static GeneratorImages read(Path folder, int patch, Augmentation augmentation) {
        List<TrainingImage> images = ImageFolder.open(folder).readImages();
        TrainingImage first = images.get(0);
        double low;
        double high;
        if (first.bitDepth() == 8 || first.bitDepth() == 24) {
            low = 0;
            high = 255;
        } else {
            low = Double.POSITIVE_INFINITY;
            high = Double.NEGATIVE_INFINITY;
            for (TrainingImage image : images) {
                for (float value : image.pixels().data()) {
                    if (Float.isFinite(value)) {
                        low = Math.min(low, value);
                        high = Math.max(high, value);
                    }
                }
            }
            if (!(high > low)) {
                throw new IllegalArgumentException("The images of " + folder + " are all of one value (" + low + "): a generator has nothing to learn from them.");
            }
        }
        List<TrainingPair> pairs = new ArrayList<>();
        long pixels = 0;
        double offset = low;
        double range = high - low;
        for (TrainingImage image : images) {
            FloatImage symmetric = image.pixels().mapped(value -> Double.isFinite(value) ? 2 * (value - offset) / range - 1 : 0);
            pairs.add(new TrainingPair(image.label(), symmetric, symmetric));
            pixels += (long) image.width() * image.height();
        }
        return new GeneratorImages(new PatchSampler(pairs, patch, 1, augmentation, PatchRoles.images()), first.channels(), first.bitDepth(), low, high, pixels, images.size());
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public int size() {
        return sampler.patchSize();
    }

    @Override
    public void batch(Random random, int batch, float[] target) {
        sampler.fillInputs(random, batch, target);
    }

    /** {@code count} unaugmented patches that depend only on {@code seed}, in [-1, 1]: count × channels × size². */
    public float[] fixedBatch(int count, long seed) {
        return sampler.fixedInputs(count, seed);
    }

    /** The value that -1 stands for. */
    public double low() {
        return low;
    }

    /** The value that +1 stands for. */
    public double high() {
        return high;
    }

    /** 8, 16 or 32, or 24 for RGB: that of every image of the folder. */
    public int bitDepth() {
        return bitDepth;
    }

    /** Width × height summed over the images. */
    public long pixels() {
        return pixels;
    }

    /** How many images (stack slices count one each). */
    public int count() {
        return count;
    }
}
