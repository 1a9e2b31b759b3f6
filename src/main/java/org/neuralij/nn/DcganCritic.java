package org.neuralij.nn;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;

/**
 * DCGAN discriminator without normalisation and without sigmoid, usable as a WGAN(-GP) critic:
 * 4×4 stride-2 convs doubling the channels from {@code width} until a 4×4 map, each followed by
 * LeakyReLU 0.2, then a 4×4 unpadded conv to one raw score per image, shape (N, 1).
 * No batch norm, because a gradient penalty is per sample.
 */
public final class DcganCritic {

    private DcganCritic() {
    }

    /** {@code imageSize} (height = width) is a power of 2 ≥ 8. */
    public static Block build(int width, int imageSize) {
        int doublings = DcganSizes.doublings("DcganCritic", imageSize);
        if (width < 1) throw new IllegalArgumentException("DcganCritic needs a width ≥ 1, not " + width);
        SequentialBlock net = new SequentialBlock();
        for (int stage = 0; stage <= doublings - 1; stage++) {
            net.add(Convolutions.conv(4, width << stage, 2, 1)).add(Activation.leakyReluBlock(0.2f));
        }
        return net.add(Convolutions.conv(4, 1, 1, 0)).add(Blocks.batchFlattenBlock());
    }
}
