package org.neuralij.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A square transposed 2-D convolution, the same as torch.nn.ConvTranspose2d (weight laid out
 * (in, out, k, k)). DJL's own Conv2dTranspose cannot be used: on the PyTorch engine its forward
 * pass throws UnsupportedOperationException.
 * It is computed as its definition: stride−1 zeros between input pixels, zero padding k−1−p,
 * and a plain convolution with the spatially flipped kernel. Output size (H−1)·s − 2p + k.
 */
public final class TransposedConv2d extends AbstractBlock {

    private final int kernel;
    private final int filters;
    private final int stride;
    private final int padding;
    private final Parameter weight;
    private final Parameter bias;

    public TransposedConv2d(int kernel, int filters, int stride, int padding, boolean withBias) {
        if (kernel < 1 || filters < 1 || stride < 1 || padding < 0 || padding > kernel - 1) {
            throw new IllegalArgumentException("TransposedConv2d needs kernel, filters and stride ≥ 1 and 0 ≤ padding < kernel, not "
                    + kernel + ", " + filters + ", " + stride + ", " + padding);
        }
        this.kernel = kernel;
        this.filters = filters;
        this.stride = stride;
        this.padding = padding;
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        bias = withBias ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build()) : null;
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        weight.setShape(new Shape(inputShapes[0].get(1), filters, kernel, kernel));
        if (bias != null) bias.setShape(new Shape(filters));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray input = inputs.singletonOrThrow();
        Device device = input.getDevice();
        NDArray convolutionWeight = store.getValue(weight, device, training).flip(2, 3).transpose(1, 0, 2, 3);
        NDArray shift = bias == null ? null : store.getValue(bias, device, training);
        int border = kernel - 1 - padding;
        return Conv2d.conv2d(spreadOut(input), convolutionWeight, shift, new Shape(1, 1), new Shape(border, border), new Shape(1, 1), 1);
    }

    /** (N, C, H, W) → (N, C, (H−1)·s + 1, (W−1)·s + 1) with the input at every s-th pixel and zeros between. */
    private NDArray spreadOut(NDArray input) {
        if (stride == 1) return input;
        Shape in = input.getShape();
        long n = in.get(0);
        long c = in.get(1);
        long h = in.get(2);
        long w = in.get(3);
        NDManager manager = input.getManager();
        NDArray cells = input.reshape(n, c, h, 1, w, 1);
        cells = cells.concat(manager.zeros(new Shape(n, c, h, stride - 1, w, 1), input.getDataType()), 3);
        cells = cells.concat(manager.zeros(new Shape(n, c, h, stride, w, stride - 1), input.getDataType()), 5);
        return cells.reshape(n, c, h * stride, w * stride)
                .get(new NDIndex(":, :, :{}, :{}", (h - 1) * stride + 1, (w - 1) * stride + 1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), filters, outputSize(in.get(2)), outputSize(in.get(3)))};
    }

    private long outputSize(long inputSize) {
        return (inputSize - 1) * stride - 2L * padding + kernel;
    }
}
