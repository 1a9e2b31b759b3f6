package org.neuralij.nn;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;

import java.util.List;

/**
 * ResNet basic block: relu(bn(conv3×3(relu(bn(conv3×3(x))))) + shortcut(x)); the first
 * convolution carries the stride, and the shortcut is the identity, or a strided 1×1
 * convolution when the stride or the channel count changes.
 */
public final class ResidualBlock {

    private ResidualBlock() {
    }

    public static Block build(int inChannels, int outChannels, int stride) {
        SequentialBlock residual = new SequentialBlock()
                .add(Convolutions.conv(3, outChannels, stride)).add(BatchNorm.builder().build()).add(Activation.reluBlock())
                .add(Convolutions.conv(3, outChannels)).add(BatchNorm.builder().build());
        Block shortcut = inChannels == outChannels && stride == 1 ? Blocks.identityBlock() : Convolutions.conv(1, outChannels, stride);
        return new SequentialBlock()
                .add(new ParallelBlock(ResidualBlock::sum, List.of(residual, shortcut)))
                .add(Activation.reluBlock());
    }

    static NDList sum(List<NDList> branches) {
        return new NDList(branches.get(0).singletonOrThrow().add(branches.get(1).singletonOrThrow()));
    }
}
