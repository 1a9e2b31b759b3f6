package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;

/**
 * ICNR initialisation (Aitken et al. 2017, fastai's icnr_init) of the convolution before a
 * {@link PixelShuffle}: each group of upscale² consecutive output channels gets identical copies
 * of one Kaiming-normal kernel, so that right after initialisation conv + pixel shuffle equals a
 * nearest-neighbour upsampling of the smaller convolution, i.e. starts without checkerboard.
 */
public final class IcnrInitializer implements Initializer {

    private final int upscale;

    public IcnrInitializer(int upscale) {
        if (upscale < 1) throw new IllegalArgumentException("ICNR needs an upscale factor ≥ 1, not " + upscale);
        this.upscale = upscale;
    }

    /**
     * Makes {@code convolution}'s weights ICNR-initialised when it is initialised. A trainer whose
     * configuration sets an initializer for all weights replaces this one: set it after, or not at all.
     */
    public static <B extends Block> B applyTo(B convolution, int upscale) {
        convolution.setInitializer(new IcnrInitializer(upscale), Parameter.Type.WEIGHT);
        return convolution;
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        long copies = (long) upscale * upscale;
        if (shape.dimension() < 2 || shape.get(0) % copies != 0) {
            throw new IllegalArgumentException("ICNR for upscale " + upscale + " needs a convolution weight whose output channels"
                    + " are a multiple of " + copies + ", not shape " + shape);
        }
        long fanIn = shape.size() / shape.get(0);
        Shape kernelShape = new Shape(shape.get(0) / copies).addAll(shape.slice(1));
        NDArray kernels = manager.randomNormal(0f, (float) Math.sqrt(2.0 / fanIn), kernelShape, dataType);
        // repeat along axis 0 interleaves (k0 k0 k0 k0 k1 …), the order PixelShuffle groups channels in
        return kernels.repeat(0, copies);
    }
}
