package org.neuralij.nn;

/**
 * Johnson et al.'s (2016) fast style-transfer network, with Ulyanov's instance norm throughout
 * (with learned scale and shift): reflection-padded 9×9 conv to {@code width} channels, two
 * stride-2 downsamplings, residual blocks, two upsamplings, reflection-padded 9×9 conv to 3
 * channels, no output activation. The upsamplings are conv + {@link PixelShuffle} rather than
 * transposed convolutions, which leave checkerboard artefacts.
 * Height and width must be multiples of {@link #sizeMultiple()} (4).
 */
public final class StyleTransferNet extends EncoderResidualDecoder {

    public static final int CHANNELS = 3;
    /** The receptive field of the network is about 57 px: tiles are read with this margin. */
    public static final int HALO = 64;

    /** The paper's network: width 32, 5 residual blocks. */
    public StyleTransferNet() {
        this(32, 5);
    }

    public StyleTransferNet(int width, int residualBlocks) {
        super("StyleTransferNet", CHANNELS, CHANNELS, 9, width, residualBlocks, true);
    }
}
