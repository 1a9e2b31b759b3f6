package org.neuralij.nn.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;

import java.util.Arrays;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Checks that this process's CPU convolutions are right: forward pass, gradient of the input and gradient
 * of the weights of a set of convolutions shaped like those of NeuralIJ's networks, in 32-bit floats,
 * against the same convolutions in 64-bit floats (which libtorch computes with its own kernels, never
 * oneDNN's), and the forward pass twice for identical bits. The data are drawn in Java, so the check does
 * not depend on how libtorch draws random numbers on this CPU.
 * <p>
 * The shapes are those where oneDNN 3.x's AVX/AVX2/AVX-512 kernels were seen to be wrong (on a 2-core
 * AMD EPYC family 26 VM whose CPUID hides the cache and core topology): gradients of convolutions whose
 * output channels are not a multiple of 16 (a network's last layer), forward passes with 33 or 65 input
 * channels (a U-Net's cross connection), stride-2 gradients with 48 input channels.
 */
public final class ConvolutionCheck {

    /** Relative error allowed between float32 and float64 (a float32 sum of a few thousand products). */
    static final double TOLERANCE = 1e-4;

    /** One convolution: channels in and out, kernel, stride, batch and image side. */
    record Case(int in, int out, int kernel, int stride, int batch, int side) {
        @Override
        public String toString() {
            return in + "→" + out + " channels, " + kernel + "×" + kernel + " kernel, stride " + stride + ", batch " + batch + ", "
                    + side + "×" + side;
        }
    }

    static final List<Case> CASES = List.of(
            new Case(32, 1, 3, 1, 4, 64),
            new Case(16, 3, 3, 1, 1, 64),
            new Case(8, 2, 3, 1, 4, 24),
            new Case(32, 3, 3, 1, 2, 40),
            new Case(33, 32, 3, 1, 1, 33),
            new Case(34, 16, 3, 1, 2, 31),
            new Case(65, 8, 3, 2, 1, 33),
            new Case(48, 16, 4, 2, 1, 33),
            new Case(48, 32, 3, 2, 4, 16),
            new Case(3, 32, 3, 1, 2, 32),
            new Case(1, 32, 3, 1, 4, 64),
            new Case(2, 32, 3, 1, 2, 48),
            new Case(64, 64, 4, 2, 1, 32),
            new Case(128, 64, 1, 1, 2, 16),
            new Case(32, 32, 3, 1, 2, 48));

    /** What the check found, in one line. */
    public record Result(boolean passed, String summary) {
        static Result of(int cases, List<String> failures) {
            return failures.isEmpty() ? new Result(true, "all " + cases + " convolutions right")
                    : new Result(false, failures.size() + " of " + cases + " convolutions wrong, e.g. " + failures.get(0));
        }
    }

    private ConvolutionCheck() {
    }

    /** Runs every case on the CPU in arrays of the given manager (freed before it returns). */
    public static Result run(NDManager parent) {
        List<String> failures = new ArrayList<>();
        Random random = new Random(20261204L);
        for (Case c : CASES) {
            try (NDManager scope = parent.newSubManager()) {
                String failure = check(scope, c, random);
                if (failure != null) failures.add(c + ": " + failure);
            }
        }
        return Result.of(CASES.size(), failures);
    }

    private static String check(NDManager manager, Case c, Random random) {
        Shape inputShape = new Shape(c.batch(), c.in(), c.side(), c.side());
        Shape weightShape = new Shape(c.out(), c.in(), c.kernel(), c.kernel());
        int outSide = (c.side() + 2 * (c.kernel() / 2) - c.kernel()) / c.stride() + 1;
        Shape outputShape = new Shape(c.batch(), c.out(), outSide, outSide);
        double[] input = gaussian(random, inputShape.size());
        double[] weight = gaussian(random, weightShape.size());
        double[] bias = gaussian(random, c.out());
        double[] outputGradient = gaussian(random, outputShape.size());
        Pass exact = pass(manager, c, DataType.FLOAT64, input, weight, bias, outputGradient, inputShape, weightShape, outputShape);
        Pass single = pass(manager, c, DataType.FLOAT32, input, weight, bias, outputGradient, inputShape, weightShape, outputShape);
        Pass again = pass(manager, c, DataType.FLOAT32, input, weight, bias, outputGradient, inputShape, weightShape, outputShape);
        String wrong = compare("output", single.output, exact.output);
        if (wrong == null) wrong = compare("input gradient", single.inputGradient, exact.inputGradient);
        if (wrong == null) wrong = compare("weight gradient", single.weightGradient, exact.weightGradient);
        if (wrong == null && !Arrays.equals(single.output, again.output)) wrong = "two runs on the same data differ";
        return wrong;
    }

    private record Pass(double[] output, double[] inputGradient, double[] weightGradient) {
    }

    private static Pass pass(NDManager manager, Case c, DataType type, double[] input, double[] weight, double[] bias,
                             double[] outputGradient, Shape inputShape, Shape weightShape, Shape outputShape) {
        NDArray x = manager.create(input, inputShape).toType(type, false);
        NDArray w = manager.create(weight, weightShape).toType(type, false);
        NDArray b = manager.create(bias).toType(type, false);
        NDArray g = manager.create(outputGradient, outputShape).toType(type, false);
        x.setRequiresGradient(true);
        w.setRequiresGradient(true);
        NDArray y;
        try (GradientCollector collector = Engine.getEngine(TorchEngine.NAME).newGradientCollector()) {
            y = Conv2d.conv2d(x, w, b, new Shape(c.stride(), c.stride()), new Shape(c.kernel() / 2, c.kernel() / 2), new Shape(1, 1)).head();
            collector.backward(y.mul(g).sum());
        }
        return new Pass(doubles(y), doubles(x.getGradient()), doubles(w.getGradient()));
    }

    private static double[] doubles(NDArray array) {
        return array.toType(DataType.FLOAT64, false).toDoubleArray();
    }

    static String compare(String what, double[] actual, double[] exact) {
        double scale = 1e-12;
        for (double v : exact) scale = Math.max(scale, Math.abs(v));
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(actual[i])) return what + " has non-finite values";
            worst = Math.max(worst, Math.abs(actual[i] - exact[i]));
        }
        double relative = worst / scale;
        return relative > TOLERANCE ? String.format("%s off by %.2g of its largest value", what, relative) : null;
    }

    private static double[] gaussian(Random random, long count) {
        double[] values = new double[Math.toIntExact(count)];
        for (int i = 0; i < values.length; i++) values[i] = (float) random.nextGaussian();
        return values;
    }
}
