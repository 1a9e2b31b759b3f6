package org.neuralij.nn;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.initializer.ConstantInitializer;

import java.util.List;

/**
 * Super-resolution network with the upsampling built in, cheap enough to train on a CPU: all the work
 * is done at the low resolution (an EDSR-style body: a 3×3 convolution to {@code width} channels,
 * {@code blocks} residual blocks conv-ReLU-conv without batch normalisation, their branch scaled by 0.1, a 3×3 convolution and a
 * skip over the blocks), then one ICNR-initialised 3×3 convolution + {@link PixelShuffle}(2) per
 * doubling, and a 3×3 convolution to the image's channels. Its output is added to the
 * {@link BilinearUpsample bilinear upsampling} of the input, so the network learns only the detail
 * bilinear interpolation misses; the last convolution starts at zero, so the untrained network is
 * bilinear upsampling. Any input size; output {@code scale} times larger.
 */
public final class SuperResolutionNet {

    static final float RESIDUAL_SCALE = 0.1f;

    private SuperResolutionNet() {
    }

    public static Block build(int channels, int scale, int width, int blocks) {
        if (channels < 1 || width < 1 || blocks < 0) {
            throw new IllegalArgumentException("sr-resnet needs channels ≥ 1, width ≥ 1 and blocks ≥ 0, not " + channels + ", " + width + ", " + blocks);
        }
        int doublings = doublings(scale);
        SequentialBlock residualBlocks = new SequentialBlock();
        for (int b = 0; b < blocks; b++) {
            residualBlocks.add(new ParallelBlock(SuperResolutionNet::scaledResidual, List.of(
                    new SequentialBlock().add(conv(width)).add(Activation.reluBlock()).add(conv(width)), Blocks.identityBlock())));
        }
        residualBlocks.add(conv(width));
        SequentialBlock detail = new SequentialBlock().add(conv(width))
                .add(new ParallelBlock(ResidualBlock::sum, List.of(residualBlocks, Blocks.identityBlock())));
        for (int d = 0; d < doublings; d++) {
            detail.add(IcnrInitializer.applyTo(conv(width * 4), 2)).add(new PixelShuffle(2)).add(Activation.reluBlock());
        }
        Conv2d last = conv(channels);
        last.setInitializer(new ConstantInitializer(0), Parameter.Type.WEIGHT);
        detail.add(last);
        return new ParallelBlock(ResidualBlock::sum, List.of(detail, new BilinearUpsample(scale)));
    }

    /**
     * Radius in input pixels of what one output pixel depends on: one pixel per 3×3 convolution at the low
     * resolution (2 + 2·blocks in the body, 1 for the first upsampling), less than one more for the later
     * upsamplings and the last convolution together (half a pixel, a quarter, … of the input), and one for
     * the bilinear branch, which lies within.
     */
    public static int receptiveFieldRadius(int scale, int blocks) {
        doublings(scale);
        return 2 + 2 * blocks + 1 + 1;
    }

    /** EDSR's residual scaling: the block's branch × 0.1 plus its input, which keeps a deep body without batch normalisation stable. */
    private static NDList scaledResidual(List<NDList> branches) {
        return new NDList(branches.get(0).singletonOrThrow().mul(RESIDUAL_SCALE).add(branches.get(1).singletonOrThrow()));
    }

    private static int doublings(int scale) {
        if (scale < 2 || Integer.bitCount(scale) != 1 || scale > 8) {
            throw new IllegalArgumentException("sr-resnet upscales by 2, 4 or 8, not " + scale);
        }
        return Integer.numberOfTrailingZeros(scale);
    }

    private static Conv2d conv(int filters) {
        return Convolutions.conv(3, filters);
    }
}
