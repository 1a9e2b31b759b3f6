package org.neuralij.nn;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;

/**
 * DCGAN generator (Radford et al. 2016): noise (N, latent, 1, 1) → 4×4 transposed conv to
 * {@code width·2^(k−1)} channels, then 4×4 stride-2 transposed convs halving the channels and
 * doubling the size, each followed by batch norm and ReLU, and a last one to the image channels
 * with tanh: (N, channels, size, size) in (−1, 1). No biases, as batch norm shifts anyway.
 */
public final class DcganGenerator {

    private DcganGenerator() {
    }

    /** {@code imageSize} is a power of 2 ≥ 8; the paper's network is build(100, 3, 64, 64). */
    public static Block build(int latent, int channels, int width, int imageSize) {
        int doublings = DcganSizes.doublings("DcganGenerator", imageSize);
        if (latent < 1 || channels < 1 || width < 1) {
            throw new IllegalArgumentException("DcganGenerator needs latent, channels and width ≥ 1, not " + latent + ", " + channels + ", " + width);
        }
        SequentialBlock net = new SequentialBlock();
        net.add(upBnRelu(width << (doublings - 1), 1, 0));
        for (int stage = doublings - 2; stage >= 0; stage--) net.add(upBnRelu(width << stage, 2, 1));
        return net.add(transposedConv(channels, 2, 1)).add(Activation.tanhBlock());
    }

    private static Block upBnRelu(int filters, int stride, int padding) {
        return new SequentialBlock().add(transposedConv(filters, stride, padding)).add(BatchNorm.builder().build()).add(Activation.reluBlock());
    }

    private static Block transposedConv(int filters, int stride, int padding) {
        return new TransposedConv2d(4, filters, stride, padding, false);
    }
}
