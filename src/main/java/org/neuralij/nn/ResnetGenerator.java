package org.neuralij.nn;

import ai.djl.nn.Activation;

/**
 * CycleGAN's ResNet generator (Zhu et al. 2017, after Johnson et al.): reflection-padded 7×7
 * conv, two stride-2 downsamplings, residual blocks with reflection padding and instance norm
 * (9 for 256 px images, 6 for 128 px), two upsamplings, reflection-padded 7×7 conv and tanh,
 * so outputs are in (−1, 1). Instance norm has no learned scale and shift, as in the original.
 * <p>
 * Unlike the original, the upsamplings are conv + {@link PixelShuffle} rather than transposed
 * convolutions, which produce checkerboard artefacts (the course's advice).
 * Height and width must be multiples of {@link #sizeMultiple()} (4).
 */
public final class ResnetGenerator extends EncoderResidualDecoder {

    private ResnetGenerator(Builder builder) {
        super("ResnetGenerator", builder.inChannels, builder.outChannels, 7, builder.width, builder.residualBlocks, false);
        add(Activation.tanhBlock());
    }

    /**
     * Pixels of context on each side that one output pixel depends on, through the convolutions (instance norm
     * aside, which sees the whole input): 3 for each 7×7 conv, 1 and 2 for the downsamplings, 4 and 2 for the
     * upsampling convs, 8 per residual block (two 3×3 convs at a quarter of the resolution), and 3 more because a
     * pixel at a quarter of the resolution stands for 4 input pixels, so a pixel near one end of its group reaches
     * as far as its group does. Measured with an impulse in ResnetGeneratorTest.
     */
    public static int receptiveFieldRadius(int residualBlocks) {
        return 3 + 1 + 2 + 8 * residualBlocks + 4 + 2 + 3 + 3;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ResnetGenerator}; in and out channels are required. */
    public static final class Builder {
        private int inChannels;
        private int outChannels;
        private int width = 64;
        private int residualBlocks = 9;

        private Builder() {
        }

        public Builder setInChannels(int inChannels) {
            this.inChannels = inChannels;
            return this;
        }

        public Builder setOutChannels(int outChannels) {
            this.outChannels = outChannels;
            return this;
        }

        /** Channels at full resolution, doubled by each downsampling. Default 64. */
        public Builder optWidth(int width) {
            this.width = width;
            return this;
        }

        /** Default 9 (for 256 px training images); CycleGAN uses 6 for 128 px. */
        public Builder optResidualBlocks(int residualBlocks) {
            this.residualBlocks = residualBlocks;
            return this;
        }

        public ResnetGenerator build() {
            return new ResnetGenerator(this);
        }
    }
}
