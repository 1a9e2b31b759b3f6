package org.neuralij.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises each sample and channel over H and W to mean 0 and variance 1 (biased variance,
 * eps 1e-5), optionally followed by a learned per-channel scale and shift: the same as
 * torch.nn.InstanceNorm2d with track_running_stats=False, so training and inference agree.
 * <p>
 * For inference on tiles, {@link #useStatistics} replaces the input's own mean and variance by given ones
 * (e.g. those of the whole image, so that every tile is normalised alike); {@code null} restores the default.
 */
public final class InstanceNorm2d extends AbstractBlock {

    static final float EPS = 1e-5f;

    private final Parameter gamma;
    private final Parameter beta;
    private volatile Statistics statistics;

    /** The mean and variance to normalise with in place of the input's own. */
    @FunctionalInterface
    public interface Statistics {
        /**
         * For an input of shape (1, C, H, W): the mean and the biased variance of each channel, two arrays of shape (C),
         * on the input's manager. May throw to end the forward pass there.
         */
        NDList of(NDArray input);
    }

    /** Normalises with {@code statistics} from now on; {@code null}: with each sample's own (the default). */
    public void useStatistics(Statistics statistics) {
        this.statistics = statistics;
    }

    public InstanceNorm2d(boolean affine) {
        gamma = affine ? addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.GAMMA).build()) : null;
        beta = affine ? addParameter(Parameter.builder().setName("beta").setType(Parameter.Type.BETA).build()) : null;
    }

    /** The instance-norm layers of {@code network} in the order a forward pass meets them. */
    public static List<InstanceNorm2d> layersOf(Block network) {
        List<InstanceNorm2d> layers = new ArrayList<>();
        collect(network, layers);
        return layers;
    }

    private static void collect(Block block, List<InstanceNorm2d> layers) {
        if (block instanceof InstanceNorm2d norm) layers.add(norm);
        for (Block child : block.getChildren().values()) collect(child, layers);
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
        Statistics given = statistics;
        NDArray planesAsChannels = input.reshape(1, planes, shape.get(2), shape.get(3));
        if (given != null) {
            if (samples != 1) throw new IllegalArgumentException("Given instance-norm statistics apply to one sample, not " + samples);
            NDList meanAndVariance = given.of(input);
            return new NDList(BatchNorm.batchNorm(planesAsChannels, meanAndVariance.get(0), meanAndVariance.get(1), scale, shift, 1, 0.1f, EPS, false)
                    .singletonOrThrow().reshape(shape));
        }
        NDArray throwawayMean = manager.zeros(perPlane);
        NDArray throwawayVariance = manager.ones(perPlane);
        NDArray normalised = BatchNorm.batchNorm(planesAsChannels, throwawayMean, throwawayVariance, scale, shift, 1, 0.1f, EPS, true)
                .singletonOrThrow();
        return new NDList(normalised.reshape(shape));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
