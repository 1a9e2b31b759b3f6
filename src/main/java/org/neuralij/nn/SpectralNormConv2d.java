package org.neuralij.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/**
 * A square 2-D convolution whose weight is divided by an estimate of its largest singular value
 * (Miyato et al. 2018, torch.nn.utils.spectral_norm), which keeps a discriminator 1-Lipschitz per layer.
 * The estimate is σ = ‖Wᵀu‖ for the weight W seen as a (filters × rest) matrix; u, a non-trained
 * state saved with the parameters, moves one power iteration towards W's first left singular
 * vector at each training forward. The gradient flows through σ with u held fixed.
 */
public final class SpectralNormConv2d extends AbstractBlock {

    private static final float EPS = 1e-12f;

    private final int kernel;
    private final int filters;
    private final int stride;
    private final int padding;
    private final Parameter weight;
    private final Parameter bias;
    private final Parameter leftVector;

    public SpectralNormConv2d(int kernel, int filters, int stride, int padding) {
        this.kernel = kernel;
        this.filters = filters;
        this.stride = stride;
        this.padding = padding;
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
        leftVector = addParameter(Parameter.builder().setName("u").setType(Parameter.Type.OTHER)
                .optInitializer(new NormalInitializer(1f)).optRequiresGrad(false).build());
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        weight.setShape(new Shape(filters, inputShapes[0].get(1), kernel, kernel));
        bias.setShape(new Shape(filters));
        leftVector.setShape(new Shape(filters));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray input = inputs.singletonOrThrow();
        Device device = input.getDevice();
        NDArray w = store.getValue(weight, device, training);
        NDArray u = store.getValue(leftVector, device, training);
        if (training) powerIteration(w.stopGradient(), u);
        NDArray normalised = w.div(sigma(w, u.stopGradient()));
        Shape stride2 = new Shape(stride, stride);
        return Conv2d.conv2d(input, normalised, store.getValue(bias, device, training), stride2, new Shape(padding, padding), new Shape(1, 1), 1);
    }

    /** The current estimate of the weight's largest singular value. */
    public float largestSingularValue() {
        return sigma(weight.getArray(), leftVector.getArray()).getFloat();
    }

    private static NDArray sigma(NDArray w, NDArray u) {
        return asMatrix(w).transpose().matMul(u).norm();
    }

    /** v ← Wᵀu/‖Wᵀu‖, u ← Wv/‖Wv‖, in place in the state. */
    private static void powerIteration(NDArray w, NDArray u) {
        NDArray matrix = asMatrix(w);
        NDArray v = unit(matrix.transpose().matMul(u));
        u.set(new NDIndex(":"), unit(matrix.matMul(v)));
    }

    private static NDArray asMatrix(NDArray w) {
        return w.reshape(w.getShape().get(0), -1);
    }

    private static NDArray unit(NDArray vector) {
        return vector.div(vector.norm().add(EPS));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), filters, outputSize(in.get(2)), outputSize(in.get(3)))};
    }

    private long outputSize(long inputSize) {
        return (inputSize + 2L * padding - kernel) / stride + 1;
    }
}
