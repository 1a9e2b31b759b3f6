package org.neuralij.nn;

import java.util.Map;
import java.util.TreeMap;

/** Johnson et al.'s fast {@link StyleTransferNet}: RGB in and out, {@code blocks} residual blocks of {@code width}·4 channels. */
public record StyleNetSpec(int width, int blocks) implements NetworkSpec {

    static StyleNetSpec of(ArchitectureParams params) {
        return new StyleNetSpec(params.whole("width", 32), params.whole("blocks", 5));
    }

    @Override
    public BuiltinArchitecture architecture() {
        return BuiltinArchitecture.STYLE_NET;
    }

    @Override
    public StyleTransferNet build() {
        return new StyleTransferNet(width, blocks);
    }

    @Override
    public int sizeMultiple() {
        return build().sizeMultiple();
    }

    @Override
    public int receptiveFieldRadius() {
        return StyleTransferNet.HALO;
    }

    @Override
    public Map<String, Double> params() {
        return new TreeMap<>(Map.of("width", (double) width, "blocks", (double) blocks));
    }
}
