package org.neuralij.nn;

import ai.djl.nn.Block;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network architectures NeuralIJ can build in Java, by the name a manifest gives them.
 * Manifest parameters are numbers: flags are 0/1, and the U-Net's {@code output} is a code,
 * 0 = none, 1 = sigmoid, 2 = tanh × {@code scale}; the PatchGAN's {@code norm} is 0 = none,
 * 1 = instance norm.
 */
public final class BuiltinArchitectures {

    public static final Set<String> NAMES = Set.of("dncnn", "unet", "resnet-generator", "patchgan", "style-net", "sr-resnet");

    /** U-Net output activations by their manifest code (the index). */
    static final List<UNet.Output> UNET_OUTPUTS = List.of(UNet.Output.NONE, UNet.Output.SIGMOID, UNet.Output.TANH);

    /** PatchGAN normalisations by their manifest code (the index). */
    static final List<PatchDiscriminator.Norm> PATCHGAN_NORMS = List.of(PatchDiscriminator.Norm.NONE, PatchDiscriminator.Norm.INSTANCE);

    private BuiltinArchitectures() {
    }

    public static Block create(String name, Map<String, Double> params) {
        if ("dncnn".equals(name)) {
            return DnCnn.build(intParam(params, "channels", 1), intParam(params, "depth", 8), intParam(params, "width", 32));
        }
        if ("unet".equals(name)) {
            return unet(params);
        }
        if ("resnet-generator".equals(name)) {
            return resnetGenerator(params);
        }
        if ("patchgan".equals(name)) {
            return patchGan(params);
        }
        if ("style-net".equals(name)) {
            return new StyleTransferNet(intParam(params, "width", 32), intParam(params, "blocks", 5));
        }
        if ("sr-resnet".equals(name)) {
            return SuperResolutionNet.build(intParam(params, "channels", 1), intParam(params, "scale", 2), intParam(params, "width", 32),
                    intParam(params, "blocks", 8));
        }
        throw new IllegalArgumentException("Unknown built-in architecture '" + name + "': NeuralIJ knows " + NAMES
                + ". Update NeuralIJ or use a TorchScript export of the model.");
    }

    private static UNet unet(Map<String, Double> params) {
        int channels = intParam(params, "channels", 1);
        int inChannels = intParam(params, "inChannels", channels);
        int output = intParam(params, "output", 0);
        if (output < 0 || output >= UNET_OUTPUTS.size()) {
            throw new IllegalArgumentException("architecture parameter 'output' of unet must be 0 (none), 1 (sigmoid) or 2 (tanh), not " + output);
        }
        return UNet.builder()
                .setInChannels(inChannels)
                .setOutChannels(intParam(params, "outChannels", inChannels))
                .optWidth(intParam(params, "width", 32))
                .optDepth(intParam(params, "depth", 3))
                .optBlocksPerStage(intParam(params, "blocks", 1))
                .optOutput(UNET_OUTPUTS.get(output), (float) doubleParam(params, "scale", 1))
                .optBlur(flagParam(params, "blur"))
                .optResidualOutput(flagParam(params, "residual"))
                .optSelfAttention(flagParam(params, "attention"))
                .build();
    }

    private static ResnetGenerator resnetGenerator(Map<String, Double> params) {
        int channels = intParam(params, "channels", 3);
        int inChannels = intParam(params, "inChannels", channels);
        return ResnetGenerator.builder()
                .setInChannels(inChannels)
                .setOutChannels(intParam(params, "outChannels", inChannels))
                .optWidth(intParam(params, "width", 64))
                .optResidualBlocks(intParam(params, "blocks", 9))
                .build();
    }

    private static PatchDiscriminator patchGan(Map<String, Double> params) {
        int norm = intParam(params, "norm", 1);
        if (norm < 0 || norm >= PATCHGAN_NORMS.size()) {
            throw new IllegalArgumentException("architecture parameter 'norm' of patchgan must be 0 (none) or 1 (instance), not " + norm);
        }
        return PatchDiscriminator.builder()
                .optWidth(intParam(params, "width", 64))
                .optNorm(PATCHGAN_NORMS.get(norm))
                .optSpectralNorm(flagParam(params, "spectral"))
                .build();
    }

    private static double doubleParam(Map<String, Double> params, String key, double defaultValue) {
        Double value = params == null ? null : params.get(key);
        return value == null ? defaultValue : value;
    }

    private static int intParam(Map<String, Double> params, String key, int defaultValue) {
        double value = doubleParam(params, key, defaultValue);
        if (value != Math.rint(value)) throw new IllegalArgumentException("architecture parameter '" + key + "' must be a whole number, not " + value);
        return (int) value;
    }

    private static boolean flagParam(Map<String, Double> params, String key) {
        int value = intParam(params, key, 0);
        if (value != 0 && value != 1) throw new IllegalArgumentException("architecture parameter '" + key + "' must be 0 (off) or 1 (on), not " + value);
        return value == 1;
    }
}
