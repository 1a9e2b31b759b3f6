package org.neuralij.nn;

import org.neuralij.nn.engine.TorchEngine;
import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The offline feature network: VGG-shaped stages of conv3×3 (padding 1) + ReLU, with 2×2 max
 * pooling between stages, whose filters are random — Kaiming-normal (std √(2 / (9·inChannels))),
 * zero biases — drawn from {@code java.util.Random(seed)}, so one seed gives the same network on
 * every machine and engine. Random shallow networks capture texture statistics well enough for
 * Gram-matrix style losses (Ustyuzhaninov et al. 2016; He et al. 2016), and need no download.
 * Its arrays never record gradients: it is frozen by construction.
 */
public final class RandomFeatureNetwork implements FeatureExtractor {

    /** Four stages, two convolutions each: light enough for training on a CPU. */
    public static final int[] DEFAULT_WIDTHS = {32, 64, 128, 256};
    public static final int DEFAULT_CONVS_PER_STAGE = 2;
    public static final long DEFAULT_SEED = 20160327L;

    private static final Shape KERNEL = new Shape(3, 3);
    private static final Shape ONE = new Shape(1, 1);
    private static final Shape POOL = new Shape(2, 2);
    private static final Shape NO_PADDING = new Shape(0, 0);

    private final NDManager manager;
    private final int[] widths;
    private final int convsPerStage;
    private final long seed;
    /** Per stage, its convolutions' weights and biases, alternating. */
    private final List<NDList> stages = new ArrayList<>();

    public RandomFeatureNetwork(Device device, int[] widths, int convsPerStage, long seed) {
        if (widths.length < 1 || convsPerStage < 1 || Arrays.stream(widths).anyMatch(width -> width < 1)) {
            throw new IllegalArgumentException("A random feature network needs at least one stage of at least one convolution of width ≥ 1, not widths "
                    + Arrays.toString(widths) + " with " + convsPerStage + " per stage");
        }
        this.manager = TorchEngine.newManager(device);
        this.widths = widths.clone();
        this.convsPerStage = convsPerStage;
        this.seed = seed;
        Random random = new Random(seed);
        int in = 3;
        for (int width : widths) {
            NDList stage = new NDList();
            for (int conv = 0; conv < convsPerStage; conv++) {
                stage.add(kaimingNormal(random, width, in));
                stage.add(manager.zeros(new Shape(width)));
                in = width;
            }
            stages.add(stage);
        }
    }

    public static RandomFeatureNetwork standard(Device device) {
        return new RandomFeatureNetwork(device, DEFAULT_WIDTHS, DEFAULT_CONVS_PER_STAGE, DEFAULT_SEED);
    }

    private NDArray kaimingNormal(Random random, int out, int in) {
        float[] values = new float[out * in * 9];
        double std = Math.sqrt(2.0 / (in * 9));
        for (int i = 0; i < values.length; i++) values[i] = (float) (random.nextGaussian() * std);
        return manager.create(values, new Shape(out, in, 3, 3));
    }

    @Override
    public NDList taps(NDArray images) {
        NDArray x = ImageNetInput.normalize(images);
        NDList taps = new NDList();
        for (int s = 0; s < stages.size(); s++) {
            if (s > 0) x = Pool.maxPool2d(x, POOL, POOL, NO_PADDING, false);
            NDList stage = stages.get(s);
            for (int conv = 0; conv < stage.size(); conv += 2) {
                x = Activation.relu(Conv2d.conv2d(x, stage.get(conv), stage.get(conv + 1), ONE, ONE).singletonOrThrow());
            }
            taps.add(x);
        }
        return taps;
    }

    @Override
    public int tapCount() {
        return stages.size();
    }

    @Override
    public String description() {
        return "random-filter VGG-shaped network (widths " + Arrays.toString(widths) + ", " + convsPerStage
                + " conv3x3+ReLU per stage, Kaiming-normal seed " + seed + ")";
    }

    /** Every weight and bias, for tests. */
    NDList parameters() {
        NDList all = new NDList();
        stages.forEach(all::addAll);
        return all;
    }

    @Override
    public void close() {
        manager.close();
    }
}
