package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Bilinear upsampling by a whole factor, the same as torch's {@code interpolate(mode="bilinear",
 * align_corners=False)}: output pixel {@code r·i + a} samples the input at {@code i + (a + 0.5)/r − 0.5},
 * and the border is repeated. Computed as one fixed (not trained) depthwise 3×3 convolution giving
 * {@code r²} phases per channel, then a {@link PixelShuffle}. No parameters.
 */
public final class BilinearUpsample extends AbstractBlock {

    private final int factor;
    private final float[] phaseKernels;

    public BilinearUpsample(int factor) {
        if (factor < 1) throw new IllegalArgumentException("Bilinear upsampling needs a factor ≥ 1, not " + factor);
        this.factor = factor;
        this.phaseKernels = phaseKernels(factor);
    }

    /** Kernel of phase (a, b) at index (a·r + b)·9: the outer product of the two 1-D interpolation weights over the taps −1, 0, 1. */
    private static float[] phaseKernels(int factor) {
        float[][] taps = new float[factor][];
        for (int a = 0; a < factor; a++) {
            float offset = (a + 0.5f) / factor - 0.5f;
            taps[a] = offset < 0 ? new float[] {-offset, 1 + offset, 0} : new float[] {0, 1 - offset, offset};
        }
        float[] kernels = new float[factor * factor * 9];
        for (int a = 0; a < factor; a++) {
            for (int b = 0; b < factor; b++) {
                for (int y = 0; y < 3; y++) {
                    for (int x = 0; x < 3; x++) kernels[(a * factor + b) * 9 + y * 3 + x] = taps[a][y] * taps[b][x];
                }
            }
        }
        return kernels;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray input = inputs.singletonOrThrow();
        int channels = (int) input.getShape().get(1);
        float[] weights = new float[channels * phaseKernels.length];
        for (int c = 0; c < channels; c++) System.arraycopy(phaseKernels, 0, weights, c * phaseKernels.length, phaseKernels.length);
        NDArray kernel = input.getManager().create(weights, new Shape((long) channels * factor * factor, 1, 3, 3));
        NDArray padded = GatherPadding.pad(input, GatherPadding.Edge.REPLICATE, 1, 1, 1, 1);
        NDArray phases = Conv2d.conv2d(padded, kernel, null, new Shape(1, 1), new Shape(0, 0), new Shape(1, 1), channels).singletonOrThrow();
        return new NDList(PixelShuffle.shuffle(phases, factor));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), in.get(2) * factor, in.get(3) * factor)};
    }
}
