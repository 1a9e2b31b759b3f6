package org.neuralij.nn;

import ai.djl.nn.Block;

import java.util.Map;
import java.util.TreeMap;

/**
 * The course's {@link UNet}. Manifest codes: {@code output} 0 = none, 1 = sigmoid, 2 = tanh × {@code scale}; {@code blur},
 * {@code residual} and {@code attention} are 0/1.
 */
public record UNetSpec(int inChannels, int outChannels, int width, int depth, int blocks, UNet.Output output, float scale, boolean blur,
                       boolean residual, boolean attention) implements NetworkSpec {

    /** Output activations by their manifest code (the index). */
    static final UNet.Output[] OUTPUTS = {UNet.Output.NONE, UNet.Output.SIGMOID, UNet.Output.TANH};

    /** The U-Net Train Model trains: width 32, depth 3, one block per stage, no output activation. */
    public static UNetSpec standard(int inChannels, int outChannels, boolean residual, boolean attention) {
        return new UNetSpec(inChannels, outChannels, 32, 3, 1, UNet.Output.NONE, 1, false, residual, attention);
    }

    static UNetSpec of(ArchitectureParams params) {
        int inChannels = params.whole("inChannels", params.whole("channels", 1));
        return new UNetSpec(inChannels, params.whole("outChannels", inChannels), params.whole("width", 32), params.whole("depth", 3),
                params.whole("blocks", 1), params.code("output", OUTPUTS, 0, "0 (none), 1 (sigmoid) or 2 (tanh)"), (float) params.number("scale", 1),
                params.flag("blur"), params.flag("residual"), params.flag("attention"));
    }

    @Override
    public BuiltinArchitecture architecture() {
        return BuiltinArchitecture.UNET;
    }

    @Override
    public UNet build() {
        return UNet.builder().setInChannels(inChannels).setOutChannels(outChannels).optWidth(width).optDepth(depth).optBlocksPerStage(blocks)
                .optOutput(output, scale).optBlur(blur).optResidualOutput(residual).optSelfAttention(attention).build();
    }

    @Override
    public int sizeMultiple() {
        return build().sizeMultiple();
    }

    @Override
    public int receptiveFieldRadius() {
        return build().receptiveFieldRadius();
    }

    @Override
    public Map<String, Double> params() {
        Map<String, Double> params = new TreeMap<>(Map.of("inChannels", (double) inChannels, "outChannels", (double) outChannels, "width", (double) width,
                "depth", (double) depth, "blocks", (double) blocks, "output", (double) output.ordinal(), "residual", residual ? 1.0 : 0.0));
        if (output == UNet.Output.TANH) params.put("scale", (double) scale);
        if (blur) params.put("blur", 1.0);
        if (attention) params.put("attention", 1.0);
        return params;
    }
}
