package org.neuralij.nn;

import ai.djl.nn.Block;

import java.util.Map;
import java.util.TreeMap;

/** {@link DnCnn}: {@code depth} 3×3 convolutions of {@code width} filters predicting the noise of {@code channels}-channel images. */
public record DnCnnSpec(int channels, int depth, int width) implements NetworkSpec {

    static DnCnnSpec of(ArchitectureParams params) {
        return new DnCnnSpec(params.whole("channels", 1), params.whole("depth", 8), params.whole("width", 32));
    }

    @Override
    public BuiltinArchitecture architecture() {
        return BuiltinArchitecture.DNCNN;
    }

    @Override
    public Block build() {
        return DnCnn.build(channels, depth, width);
    }

    @Override
    public int sizeMultiple() {
        return 1;
    }

    @Override
    public int receptiveFieldRadius() {
        return DnCnn.receptiveFieldRadius(depth);
    }

    @Override
    public Map<String, Double> params() {
        return new TreeMap<>(Map.of("channels", (double) channels, "depth", (double) depth, "width", (double) width));
    }
}
