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
 * Residual denoising network (Zhang et al., DnCNN): {@code depth} 3×3 convolutions with
 * ReLU between them predict the noise, which is subtracted from the input. Fully
 * convolutional, any size, receptive-field radius {@code depth}.
 */
public final class DnCnn {

    private DnCnn() {
    }

    public static Block build(int channels, int depth, int width) {
        if (channels < 1 || depth < 2 || width < 1) {
            throw new IllegalArgumentException("dncnn needs channels ≥ 1, depth ≥ 2 and width ≥ 1, not "
                    + channels + ", " + depth + ", " + width);
        }
        SequentialBlock noise = new SequentialBlock();
        noise.add(conv(width)).add(Activation.reluBlock());
        for (int layer = 1; layer < depth - 1; layer++) noise.add(conv(width)).add(Activation.reluBlock());
        Conv2d last = conv(channels);
        // Starting from "no noise" (the identity) keeps the first steps from wrecking the image and the ReLUs.
        last.setInitializer(new ConstantInitializer(0), Parameter.Type.WEIGHT);
        noise.add(last);
        return new ParallelBlock(DnCnn::subtractNoise, List.of(Blocks.identityBlock(), noise));
    }

    public static int receptiveFieldRadius(int depth) {
        return depth;
    }

    private static NDList subtractNoise(List<NDList> branches) {
        return new NDList(branches.get(0).singletonOrThrow().sub(branches.get(1).singletonOrThrow()));
    }

    private static Conv2d conv(int filters) {
        return Convolutions.conv(3, filters);
    }
}
