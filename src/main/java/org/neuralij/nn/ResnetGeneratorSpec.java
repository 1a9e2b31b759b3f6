package org.neuralij.nn;

import java.util.Map;
import java.util.TreeMap;

/** CycleGAN's {@link ResnetGenerator}: {@code blocks} residual blocks of {@code width}·4 channels at a quarter of the resolution. */
public record ResnetGeneratorSpec(int inChannels, int outChannels, int width, int blocks) implements NetworkSpec {

    /** The generator's input sides must be multiples of 4 (two stride-2 stages). */
    static final int SIZE_MULTIPLE = 4;

    static ResnetGeneratorSpec of(ArchitectureParams params) {
        int inChannels = params.whole("inChannels", params.whole("channels", 3));
        return new ResnetGeneratorSpec(inChannels, params.whole("outChannels", inChannels), params.whole("width", 64), params.whole("blocks", 9));
    }

    @Override
    public BuiltinArchitecture architecture() {
        return BuiltinArchitecture.RESNET_GENERATOR;
    }

    @Override
    public ResnetGenerator build() {
        return ResnetGenerator.builder().setInChannels(inChannels).setOutChannels(outChannels).optWidth(width).optResidualBlocks(blocks).build();
    }

    @Override
    public int sizeMultiple() {
        return SIZE_MULTIPLE;
    }

    @Override
    public int receptiveFieldRadius() {
        return ResnetGenerator.receptiveFieldRadius(blocks);
    }

    @Override
    public Map<String, Double> params() {
        return new TreeMap<>(Map.of("inChannels", (double) inChannels, "outChannels", (double) outChannels, "width", (double) width, "blocks", (double) blocks));
    }
}
