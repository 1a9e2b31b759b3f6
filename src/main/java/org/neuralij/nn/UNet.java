package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import java.util.ArrayList;
import java.util.List;

/**
 * The course's U-Net (fast.ai lesson 7), fully convolutional:
 * <ul>
 * <li>stem: conv3×3-BN-ReLU to {@code width} channels at full resolution;</li>
 * <li>encoder: {@code depth} stages, stage i has {@code width·2^i} channels and
 *     {@code blocksPerStage} {@link ResidualBlock}s, the first with stride 2;</li>
 * <li>middle: conv3×3-BN-ReLU to twice the channels and back [+ {@link SelfAttention}];</li>
 * <li>decoder, once per stage: ReLU(conv1×1, ICNR-initialised) + {@link PixelShuffle}(2)
 *     [+ {@link Blur}], concatenated with the encoder activation of the same size, then two
 *     conv3×3+ReLU to the channels of that size;</li>
 * <li>at full resolution: concatenation with the input image (cross connection), a residual
 *     block, a 1×1 head to {@code outChannels}, the output activation, and with
 *     {@code residualOutput} the input added: output = [input +] activation(head); with more input than output
 *     channels, the first outChannels input channels are added (e.g. an inpainting U-Net's image channels, not its mask);
 *     the head's weights then start near zero (normal, sigma 1e-3), so an untrained residual U-Net gives back about its input.</li>
 * </ul>
 * Height and width must be multiples of {@link #sizeMultiple()}.
 */
public final class UNet extends AbstractBlock {

    /** What bounds the head's output. */
    public enum Output {
        /** Raw values, e.g. logits for segmentation. */
        NONE,
        /** (0, 1). */
        SIGMOID,
        /** (−tanhScale, tanhScale). */
        TANH
    }

    private static final byte VERSION = 1;
    /** 64 M floats: 256 MB for one image's attention weights, as many again for their gradient in training. */
    static final double ATTENTION_ENTRIES = 64.0 * 1024 * 1024;
    /**
     * Memory the activations of one tile may take at inference. Measured at width 32, depth 3 when every
     * activation lived until the tile ended: tiles of 2112 px made the process peak at 12.2 GB resident, about
     * 85 bytes per input pixel and channel of width. Since each step's activations are freed as it ends
     * ({@link ScopedStep}) the tiles this gives (1088 px) take far less: a 4096² RGB restore peaks at 3.0 GB
     * resident. Tiles of 2240 px (the bound at 20 bytes) made that 4.3 GB and only 8 % faster, so the bound stays.
     */
    static final double TILE_ACTIVATION_BYTES = 3.0 * 1024 * 1024 * 1024;
    static final double ACTIVATION_BYTES_PER_PIXEL_AND_WIDTH = 85;

    private final int inChannels;
    private final int outChannels;
    private final int depth;
    private final int blocksPerStage;
    private final boolean blur;
    private final Output output;
    private final float tanhScale;
    private final boolean residualOutput;
    private final boolean selfAttention;
    private final int width;

    private final Block stem;
    private final List<Block> encoder = new ArrayList<>();
    private final Block middle;
    private final List<Block> upsamplers = new ArrayList<>();
    private final List<Block> fusers = new ArrayList<>();
    private final Block crossBlock;
    private final Block head;
    static final float HEAD_START_SIGMA = 1e-3f;

    private UNet(Builder builder) {
        super(VERSION);
        inChannels = builder.inChannels;
        outChannels = builder.outChannels;
        depth = builder.depth;
        blocksPerStage = builder.blocksPerStage;
        blur = builder.blur;
        output = builder.output;
        tanhScale = builder.tanhScale;
        residualOutput = builder.residualOutput;
        selfAttention = builder.selfAttention;
        width = builder.width;

        stem = addChildBlock("stem", convBnRelu(width));
        for (int stage = 1; stage <= depth; stage++) {
            encoder.add(addChildBlock("encoder" + stage, encoderStage(width << (stage - 1), width << stage)));
        }
        int deepest = width << depth;
        SequentialBlock middleBlocks = new SequentialBlock().add(convBnRelu(2 * deepest)).add(convBnRelu(deepest));
        if (selfAttention) middleBlocks.add(new SelfAttention(deepest));
        middle = addChildBlock("middle", middleBlocks);
        for (int stage = depth; stage >= 1; stage--) {
            int channels = width << (stage - 1);
            upsamplers.add(addChildBlock("upsample" + stage, upsampler(channels)));
            fusers.add(addChildBlock("fuse" + stage, new SequentialBlock().add(convRelu(channels)).add(convRelu(channels))));
        }
        crossBlock = addChildBlock("cross", ResidualBlock.build(width + inChannels, width, 1));
        head = addChildBlock("head", Convolutions.conv(1, outChannels));
        // a residual U-Net starts (almost) as its input; not exactly, so that its first gradient is never all zeros
        if (residualOutput) head.setInitializer(new ai.djl.training.initializer.NormalInitializer(HEAD_START_SIGMA), ai.djl.nn.Parameter.Type.WEIGHT);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Height and width of the input must be multiples of this: 2^depth. */
    public int sizeMultiple() {
        return 1 << depth;
    }

    /**
     * Radius in input pixels of the theoretical receptive field along the deepest path (skip
     * paths are shorter): each 3×3 convolution adds one pixel of the scale it runs at (2^k after
     * k stride-2 stages); each pixel shuffle and each blur adds one pixel of its output scale
     * (the sub-pixel alignment and the 2×2 window). An upper bound: the effective receptive field,
     * where weights matter, is much smaller, so it is a safe tile halo.
     */
    public int receptiveFieldRadius() {
        int radius = 1 + 2;                      // stem, residual block after the cross connection
        radius += 2 * sizeMultiple();           // middle
        for (int stage = 1; stage <= depth; stage++) {
            int in = 1 << (stage - 1);          // encoder input scale = decoder output scale
            radius += in + 2 * in + (blocksPerStage - 1) * 4 * in;
            radius += in * (blur ? 2 : 1) + 2 * in;
        }
        return radius;
    }

    /**
     * The largest input side worth giving this network at once: the tile whose activations stay within
     * {@link #TILE_ACTIVATION_BYTES} (1088 px at width 32), and with self-attention also the one whose
     * (H·W)² attention matrix at the deepest scale stays within {@link #ATTENTION_ENTRIES} per image
     * (720 px for depth 3).
     */
    public int largestTile() {
        int byMemory = (int) Math.sqrt(TILE_ACTIVATION_BYTES / (ACTIVATION_BYTES_PER_PIXEL_AND_WIDTH * width));
        int largest = byMemory / sizeMultiple() * sizeMultiple();
        if (!selfAttention) return largest;
        int deepestSide = (int) Math.sqrt(Math.sqrt(ATTENTION_ENTRIES));
        return Math.min(largest, deepestSide * sizeMultiple());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray image = inputs.singletonOrThrow();
        checkInput(image.getShape());
        List<NDArray> skips = new ArrayList<>();
        NDArray x = run(stem, store, image, training, params);
        for (Block stage : encoder) {
            skips.add(x);
            x = run(stage, store, x, training, params);
        }
        NDArray deepest = x;
        x = run(middle, store, deepest, training, params);
        ScopedStep.release(training, deepest);
        for (int step = 0; step < depth; step++) {
            NDArray up = run(upsamplers.get(step), store, x, training, params);
            ScopedStep.release(training, x);
            NDArray skip = skips.get(depth - 1 - step);
            Block fuser = fusers.get(step);
            x = ScopedStep.run(training, in -> forward(fuser, store, in[0].concat(in[1], 1), training, params), up, skip);
            ScopedStep.release(training, up, skip);
        }
        NDArray crossed = ScopedStep.run(training, in -> forward(crossBlock, store, in[0].concat(in[1], 1), training, params), x, image);
        ScopedStep.release(training, x);
        NDArray result = ScopedStep.run(training, in -> {
            NDArray y = activate(forward(head, store, in[0], training, params));
            if (!residualOutput) return y;
            NDArray base = inChannels == outChannels ? in[1] : in[1].get(new ai.djl.ndarray.index.NDIndex(":, :" + outChannels));
            return base.add(y);
        }, crossed, image);
        ScopedStep.release(training, crossed);
        return new NDList(result);
    }

    private static NDArray run(Block block, ParameterStore store, NDArray input, boolean training, PairList<String, Object> params) {
        return ScopedStep.run(training, in -> forward(block, store, in[0], training, params), input);
    }

    private static NDArray forward(Block block, ParameterStore store, NDArray input, boolean training, PairList<String, Object> params) {
        return block.forward(store, new NDList(input), training, params).singletonOrThrow();
    }

    private NDArray activate(NDArray head) {
        switch (output) {
            case SIGMOID:
                return Activation.sigmoid(head);
            case TANH:
                return Activation.tanh(head).mul(tanhScale);
            default:
                return head;
        }
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape image = inputShapes[0];
        checkInput(image);
        List<Shape> skips = new ArrayList<>();
        Shape x = init(stem, manager, dataType, image);
        for (Block stage : encoder) {
            skips.add(x);
            x = init(stage, manager, dataType, x);
        }
        x = init(middle, manager, dataType, x);
        for (int step = 0; step < depth; step++) {
            Shape up = init(upsamplers.get(step), manager, dataType, x);
            x = init(fusers.get(step), manager, dataType, concatChannels(up, skips.get(depth - 1 - step)));
        }
        x = init(crossBlock, manager, dataType, concatChannels(x, image));
        init(head, manager, dataType, x);
    }

    private static Shape init(Block block, NDManager manager, DataType dataType, Shape input) {
        block.initialize(manager, dataType, input);
        return block.getOutputShapes(new Shape[] {input})[0];
    }

    private static Shape concatChannels(Shape a, Shape b) {
        return new Shape(a.get(0), a.get(1) + b.get(1), a.get(2), a.get(3));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape image = inputShapes[0];
        checkInput(image);
        return new Shape[] {new Shape(image.get(0), outChannels, image.get(2), image.get(3))};
    }

    private void checkInput(Shape shape) {
        if (shape.dimension() != 4 || shape.get(1) != inChannels) {
            throw new IllegalArgumentException("UNet expects (batch, " + inChannels + " channels, height, width), not " + shape
                    + ": give it images with " + inChannels + " channel(s)");
        }
        long height = shape.get(2);
        long width = shape.get(3);
        int multiple = sizeMultiple();
        if (height % multiple != 0 || width % multiple != 0) {
            throw new IllegalArgumentException("UNet of depth " + depth + " needs a height and width that are multiples of its size multiple "
                    + multiple + ", not " + width + "×" + height + ": pad or crop the input to a multiple of " + multiple);
        }
    }

    private Block encoderStage(int inChannels, int outChannels) {
        SequentialBlock stage = new SequentialBlock().add(ResidualBlock.build(inChannels, outChannels, 2));
        for (int block = 1; block < blocksPerStage; block++) stage.add(ResidualBlock.build(outChannels, outChannels, 1));
        return stage;
    }

    private Block upsampler(int outChannels) {
        SequentialBlock up = new SequentialBlock()
                .add(IcnrInitializer.applyTo(Convolutions.conv(1, outChannels * 4), 2))
                .add(Activation.reluBlock())
                .add(new PixelShuffle(2));
        if (blur) up.add(new Blur());
        return up;
    }

    private static Block convBnRelu(int filters) {
        return new SequentialBlock().add(Convolutions.conv(3, filters)).add(BatchNorm.builder().build()).add(Activation.reluBlock());
    }

    private static Block convRelu(int filters) {
        return new SequentialBlock().add(Convolutions.conv(3, filters)).add(Activation.reluBlock());
    }

    /** Builds a {@link UNet}; in and out channels are required, the rest have the course's defaults. */
    public static final class Builder {
        private int inChannels;
        private int outChannels;
        private int width = 32;
        private int depth = 3;
        private int blocksPerStage = 1;
        private boolean blur;
        private Output output = Output.NONE;
        private float tanhScale = 1f;
        private boolean residualOutput;
        private boolean selfAttention;

        private Builder() {
        }

        /** Self-attention after the middle block, at the deepest scale (fastai's {@code self_attention=True}). */
        public Builder optSelfAttention(boolean selfAttention) {
            this.selfAttention = selfAttention;
            return this;
        }

        public Builder setInChannels(int inChannels) {
            this.inChannels = inChannels;
            return this;
        }

        public Builder setOutChannels(int outChannels) {
            this.outChannels = outChannels;
            return this;
        }

        /** Channels at full resolution, doubled by each encoder stage. Default 32. */
        public Builder optWidth(int width) {
            this.width = width;
            return this;
        }

        /** Number of stride-2 encoder stages. Default 3. */
        public Builder optDepth(int depth) {
            this.depth = depth;
            return this;
        }

        /** Residual blocks per encoder stage. Default 1. */
        public Builder optBlocksPerStage(int blocksPerStage) {
            this.blocksPerStage = blocksPerStage;
            return this;
        }

        /** Blur after each pixel shuffle (fastai's blur=True). Default off. */
        public Builder optBlur(boolean blur) {
            this.blur = blur;
            return this;
        }

        public Builder optOutput(Output output) {
            return optOutput(output, 1f);
        }

        /** {@code tanhScale} is used by {@link Output#TANH} only. Default NONE. */
        public Builder optOutput(Output output, float tanhScale) {
            this.output = output;
            this.tanhScale = tanhScale;
            return this;
        }

        /** Output = input + activation(head), for restoration; needs in == out channels. Default off. */
        public Builder optResidualOutput(boolean residualOutput) {
            this.residualOutput = residualOutput;
            return this;
        }

        public UNet build() {
            if (inChannels < 1 || outChannels < 1 || width < 1 || depth < 1 || blocksPerStage < 1) {
                throw new IllegalArgumentException("UNet needs inChannels, outChannels, width, depth and blocks per stage ≥ 1, not "
                        + inChannels + ", " + outChannels + ", " + width + ", " + depth + ", " + blocksPerStage);
            }
            if (depth > 10) throw new IllegalArgumentException("UNet depth " + depth + " would need images of 2^" + depth + " px: use at most 10");
            if (output == null) throw new IllegalArgumentException("UNet output activation is missing: use NONE, SIGMOID or TANH");
            if (!(tanhScale > 0)) throw new IllegalArgumentException("UNet tanh scale must be > 0, not " + tanhScale);
            if (residualOutput && inChannels < outChannels) {
                throw new IllegalArgumentException("UNet residual output adds the first outChannels input channels to the output, so it needs inChannels >= outChannels, not "
                        + inChannels + " and " + outChannels + ": turn residual output off or give at least as many input channels");
            }
            return new UNet(this);
        }
    }
}
