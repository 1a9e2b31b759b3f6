package org.neuralij.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Normalises each sample and channel over H and W to mean 0 and variance 1 (biased variance,
 * eps 1e-5), optionally followed by a learned per-channel scale and shift: the same as
 * torch.nn.InstanceNorm2d with track_running_stats=False, so training and inference agree.
 */
public final class InstanceNorm2d extends AbstractBlock {

    static final float EPS = 1e-5f;

    private final Parameter gamma;
    private final Parameter beta;

    public InstanceNorm2d(boolean affine) {
        gamma = affine ? addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.GAMMA).build()) : null;
        beta = affine ? addParameter(Parameter.builder().setName("beta").setType(Parameter.Type.BETA).build()) : null;
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        if (gamma == null) return;
        gamma.setShape(new Shape(inputShapes[0].get(1)));
        beta.setShape(new Shape(inputShapes[0].get(1)));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray input = inputs.singletonOrThrow();
        Shape shape = input.getShape();
        long samples = shape.get(0);
        long planes = samples * shape.get(1);
        NDManager manager = input.getManager();
        Device device = input.getDevice();
        Shape perPlane = new Shape(planes);
        // Instance norm is batch norm in training mode over one "sample" whose channels are the N·C planes:
        // a single fused native call instead of mean/variance arithmetic on the whole tensor.
        NDArray scale = gamma == null ? manager.ones(perPlane) : store.getValue(gamma, device, training).tile(samples);
        NDArray shift = beta == null ? manager.zeros(perPlane) : store.getValue(beta, device, training).tile(samples);
        NDArray throwawayMean = manager.zeros(perPlane);
        NDArray throwawayVariance = manager.ones(perPlane);
        NDArray planesAsChannels = input.reshape(1, planes, shape.get(2), shape.get(3));
        NDArray normalised = BatchNorm.batchNorm(planesAsChannels, throwawayMean, throwawayVariance, scale, shift, 1, 0.1f, EPS, true)
                .singletonOrThrow();
        return new NDList(normalised.reshape(shape));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
