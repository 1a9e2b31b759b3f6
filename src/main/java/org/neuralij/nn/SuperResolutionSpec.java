package org.neuralij.nn;

import ai.djl.nn.Block;

import java.util.Map;
import java.util.TreeMap;

/** {@link SuperResolutionNet} ({@code sr-resnet}): enlarges {@code channels}-channel images {@code scale} times. */
public record SuperResolutionSpec(int channels, int scale, int width, int blocks) implements NetworkSpec {

    static SuperResolutionSpec of(ArchitectureParams params) {
        return new SuperResolutionSpec(params.whole("channels", 1), params.whole("scale", 2), params.whole("width", 32), params.whole("blocks", 8));
    }

    @Override
    public BuiltinArchitecture architecture() {
        return BuiltinArchitecture.SR_RESNET;
    }

    @Override
    public Block build() {
        return SuperResolutionNet.build(channels, scale, width, blocks);
    }

    @Override
    public int sizeMultiple() {
        return 1;
    }

    @Override
    public int receptiveFieldRadius() {
        return SuperResolutionNet.receptiveFieldRadius(scale, blocks);
    }

    @Override
    public Map<String, Double> params() {
        return new TreeMap<>(Map.of("channels", (double) channels, "scale", (double) scale, "width", (double) width, "blocks", (double) blocks));
    }
}
