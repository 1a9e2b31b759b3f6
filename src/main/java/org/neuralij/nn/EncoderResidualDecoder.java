package org.neuralij.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The image-transformation layout {@link ResnetGenerator} and {@link StyleTransferNet} share:
 * reflection-padded k×k conv to {@code width} channels; two stride-2 conv3×3 downsamplings
 * doubling the channels; residual blocks; two upsamplings halving them; a reflection-padded k×k
 * conv to the output channels. Every conv but the last is followed by instance norm and ReLU.
 * <p>
 * The upsamplings are conv3×3 (ICNR-initialised) + {@link PixelShuffle}(2) instead of the papers'
 * transposed convolutions, which leave checkerboard artefacts (fast.ai's advice).
 */
abstract class EncoderResidualDecoder extends SequentialBlock {

    /** Two stride-2 downsamplings. */
    public static final int SIZE_MULTIPLE = 4;

    private final String name;
    private final int inChannels;

    EncoderResidualDecoder(String name, int inChannels, int outChannels, int outerKernel, int width, int residualBlocks, boolean affineNorm) {
        if (inChannels < 1 || outChannels < 1 || width < 1 || residualBlocks < 0) {
            throw new IllegalArgumentException(name + " needs in and out channels and width ≥ 1 and residual blocks ≥ 0, not "
                    + inChannels + ", " + outChannels + ", " + width + ", " + residualBlocks);
        }
        this.name = name;
        this.inChannels = inChannels;
        add(normRelu(Convolutions.reflectionPadded(outerKernel, width), affineNorm));
        add(normRelu(Convolutions.conv(3, 2 * width, 2), affineNorm));
        add(normRelu(Convolutions.conv(3, 4 * width, 2), affineNorm));
        for (int block = 0; block < residualBlocks; block++) add(ReflectionResidualBlock.build(4 * width, affineNorm));
        add(normRelu(upsampling(2 * width), affineNorm));
        add(normRelu(upsampling(width), affineNorm));
        add(Convolutions.reflectionPadded(outerKernel, outChannels));
    }

    /** Height and width of the input must be multiples of this. */
    public int sizeMultiple() {
        return SIZE_MULTIPLE;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        checkInput(inputs.singletonOrThrow().getShape());
        return super.forwardInternal(store, inputs, training, params);
    }

    @Override
    public void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        checkInput(inputShapes[0]);
        super.initializeChildBlocks(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        checkInput(inputShapes[0]);
        return super.getOutputShapes(inputShapes);
    }

    private void checkInput(Shape shape) {
        if (shape.dimension() != 4 || shape.get(1) != inChannels) {
            throw new IllegalArgumentException(name + " expects (batch, " + inChannels + " channels, height, width), not " + shape);
        }
        if (shape.get(2) % SIZE_MULTIPLE != 0 || shape.get(3) % SIZE_MULTIPLE != 0) {
            throw new IllegalArgumentException(name + " needs a height and width that are multiples of " + SIZE_MULTIPLE + ", not "
                    + shape.get(3) + "×" + shape.get(2) + ": pad or crop the input to a multiple of " + SIZE_MULTIPLE);
        }
    }

    private static Block upsampling(int outChannels) {
        return new SequentialBlock()
                .add(IcnrInitializer.applyTo(Convolutions.conv(3, outChannels * 4), 2))
                .add(new PixelShuffle(2));
    }

    private static Block normRelu(Block convolution, boolean affineNorm) {
        return new SequentialBlock().add(convolution).add(new InstanceNorm2d(affineNorm)).add(Activation.reluBlock());
    }
}
