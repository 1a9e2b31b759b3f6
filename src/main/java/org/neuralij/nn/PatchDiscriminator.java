package org.neuralij.nn;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;

/**
 * The 70×70 PatchGAN discriminator of pix2pix and CycleGAN: five 4×4 convolutions with padding 1,
 * the first three with stride 2, to one channel of raw scores, one per overlapping 70×70 input
 * patch (30×30 scores for a 256×256 image). LeakyReLU 0.2 after every conv but the last,
 * normalisation after the 2nd to 4th, optionally spectral normalisation of every conv's weight.
 */
public final class PatchDiscriminator extends SequentialBlock {

    /** Input pixels that one output score sees, per axis. */
    public static final int RECEPTIVE_FIELD = 70;

    /** Normalisation after the inner convolutions. */
    public enum Norm {
        /** Instance norm without learned scale and shift, as CycleGAN. */
        INSTANCE,
        NONE
    }

    private final boolean spectralNorm;
    private final Norm norm;

    private PatchDiscriminator(Builder builder) {
        spectralNorm = builder.spectralNorm;
        norm = builder.norm;
        int width = builder.width;
        add(stage(width, 2, false));
        add(stage(2 * width, 2, true));
        add(stage(4 * width, 2, true));
        add(stage(8 * width, 1, true));
        add(conv(1, 1));
    }

    public static Builder builder() {
        return new Builder();
    }

    private Block stage(int filters, int stride, boolean normalised) {
        SequentialBlock stage = new SequentialBlock().add(conv(filters, stride));
        if (normalised && norm == Norm.INSTANCE) stage.add(new InstanceNorm2d(false));
        return stage.add(Activation.leakyReluBlock(0.2f));
    }

    private Block conv(int filters, int stride) {
        return spectralNorm ? new SpectralNormConv2d(4, filters, stride, 1) : Convolutions.conv(4, filters, stride, 1);
    }

    /** Builds a {@link PatchDiscriminator}; every setting has CycleGAN's default. */
    public static final class Builder {
        private int width = 64;
        private Norm norm = Norm.INSTANCE;
        private boolean spectralNorm;

        private Builder() {
        }

        /** Channels of the first conv, doubled by the next three. Default 64. */
        public Builder optWidth(int width) {
            this.width = width;
            return this;
        }

        /** Default INSTANCE. */
        public Builder optNorm(Norm norm) {
            this.norm = norm;
            return this;
        }

        /** Divide every conv's weight by its largest singular value. Default off. */
        public Builder optSpectralNorm(boolean spectralNorm) {
            this.spectralNorm = spectralNorm;
            return this;
        }

        public PatchDiscriminator build() {
            if (width < 1) throw new IllegalArgumentException("PatchDiscriminator needs a width ≥ 1, not " + width);
            if (norm == null) throw new IllegalArgumentException("PatchDiscriminator norm is missing: use INSTANCE or NONE");
            return new PatchDiscriminator(this);
        }
    }
}
