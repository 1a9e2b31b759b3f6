package org.neuralij.task.train;

import org.neuralij.image.FloatImage;
import org.neuralij.nn.engine.TorchEngine;
import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.neuralij.train.data.Blur;
import org.neuralij.train.data.Degraded;
import org.neuralij.train.data.Patch;
import org.neuralij.train.data.RandomRange;
import org.neuralij.train.loop.CycleOutputs;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How well a CycleGAN's generators keep an image through A→B→A and B→A→B on held-out patches: the mean L1
 * between each patch and its reconstruction (values -1..1). As a yardstick, the L1 between the same patches and
 * a copy blurred by a Gaussian of 1 px: a reconstruction below it keeps finer detail than a slight blur does,
 * one far above it loses the image's content (a translation cannot be compared with a ground truth, there is none).
 */
record CycleQuality(double cycleA, double cycleB, double blurA, double blurB) {

    static final double BLUR_SIGMA = 1.0;

    static CycleQuality measure(Block generators, Device device, List<Patch> heldOutA, List<Patch> heldOutB) {
        float[] a = stacked(heldOutA);
        float[] b = stacked(heldOutB);
        CycleOutputs outputs;
        try (NDManager manager = TorchEngine.newManager(device)) {
            outputs = CycleOutputs.of(generators, manager, a, shape(heldOutA), b, shape(heldOutB));
        }
        return new CycleQuality(meanAbsoluteDifference(a, outputs.reconstructedA()), meanAbsoluteDifference(b, outputs.reconstructedB()),
                blurredDifference(heldOutA), blurredDifference(heldOutB));
    }

    String describe(int epoch, boolean separateImages) {
        return String.format(Locale.ROOT, "cycle reconstruction L1 on %s patches (values -1..1): A→B→A %.4f, B→A→B %.4f; "
                        + "a Gaussian blur of %.0f px differs from the same patches by %.4f (A) and %.4f (B); epoch %d",
                separateImages ? "held-out" : "training", cycleA, cycleB, BLUR_SIGMA, blurA, blurB, epoch);
    }

    private static float[] stacked(List<Patch> patches) {
        int size = patches.get(0).input().data().length;
        float[] batch = new float[patches.size() * size];
        for (int i = 0; i < patches.size(); i++) System.arraycopy(patches.get(i).input().data(), 0, batch, i * size, size);
        return batch;
    }

    private static Shape shape(List<Patch> patches) {
        FloatImage first = patches.get(0).input();
        return new Shape(patches.size(), first.channels(), first.height(), first.width());
    }

    private static double blurredDifference(List<Patch> patches) {
        Blur blur = new Blur(RandomRange.fixed(BLUR_SIGMA));
        double sum = 0;
        for (Patch patch : patches) {
            FloatImage original = patch.input();
            FloatImage blurred = blur.apply(Degraded.of(original), new Random(0)).image();
            sum += meanAbsoluteDifference(original.data(), blurred.data());
        }
        return sum / patches.size();
    }

    private static double meanAbsoluteDifference(float[] expected, float[] actual) {
        double sum = 0;
        for (int i = 0; i < expected.length; i++) sum += Math.abs(expected[i] - actual[i]);
        return sum / expected.length;
    }
}
