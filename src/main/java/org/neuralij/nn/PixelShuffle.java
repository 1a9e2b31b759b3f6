package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Rearranges (N, C·r², H, W) into (N, C, H·r, W·r), the same as torch.nn.PixelShuffle(r):
 * input channel c·r² + i·r + j becomes the pixel (i, j) of each r×r block of output channel c.
 * Initialise the convolution before it with {@link IcnrInitializer} to start without checkerboard.
 */
public final class PixelShuffle extends AbstractBlock {

    private final int upscale;

    public PixelShuffle(int upscale) {
        if (upscale < 1) throw new IllegalArgumentException("PixelShuffle needs an upscale factor ≥ 1, not " + upscale);
        this.upscale = upscale;
    }

    public int upscale() {
        return upscale;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(shuffle(inputs.singletonOrThrow(), upscale));
    }

    /** The rearrangement itself, for blocks that shuffle an array they computed. */
    static NDArray shuffle(NDArray input, int upscale) {
        Shape in = input.getShape();
        Shape out = new PixelShuffle(upscale).getOutputShapes(new Shape[] {in})[0];
        return input.reshape(in.get(0), out.get(1), upscale, upscale, in.get(2), in.get(3))
                .transpose(0, 1, 4, 2, 5, 3)
                .reshape(out);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        long blocks = (long) upscale * upscale;
        if (in.get(1) % blocks != 0) {
            throw new IllegalArgumentException("PixelShuffle(" + upscale + ") needs a channel count divisible by " + blocks
                    + ", not " + in.get(1) + ": give the convolution before it a multiple of " + blocks + " filters");
        }
        return new Shape[] {new Shape(in.get(0), in.get(1) / blocks, in.get(2) * upscale, in.get(3) * upscale)};
    }
}
