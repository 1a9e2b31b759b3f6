package org.neuralij.nn;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;

import java.util.List;

/**
 * The residual block of CycleGAN's and Johnson's image-transformation networks:
 * x + in(conv3×3(pad(relu(in(conv3×3(pad(x))))))) with reflection padding and instance norm,
 * and no activation after the sum. The channel count stays the same.
 */
final class ReflectionResidualBlock {

    private ReflectionResidualBlock() {
    }

    static Block build(int channels, boolean affineNorm) {
        SequentialBlock residual = new SequentialBlock()
                .add(Convolutions.reflectionPadded(3, channels)).add(new InstanceNorm2d(affineNorm)).add(Activation.reluBlock())
                .add(Convolutions.reflectionPadded(3, channels)).add(new InstanceNorm2d(affineNorm));
        return new ParallelBlock(ResidualBlock::sum, List.of(residual, Blocks.identityBlock()));
    }
}
