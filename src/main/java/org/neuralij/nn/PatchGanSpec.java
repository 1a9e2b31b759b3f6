package org.neuralij.nn;

import java.util.Map;
import java.util.TreeMap;

/** The 70×70 {@link PatchDiscriminator}. Manifest codes: {@code norm} 0 = none, 1 = instance norm; {@code spectral} 0/1. */
public record PatchGanSpec(int width, PatchDiscriminator.Norm norm, boolean spectral) implements NetworkSpec {

    /** Normalisations by their manifest code (the index). */
    static final PatchDiscriminator.Norm[] NORMS = {PatchDiscriminator.Norm.NONE, PatchDiscriminator.Norm.INSTANCE};
    /** Pixels of context one patch score sees on each side (its 70×70 field). */
    static final int RECEPTIVE_FIELD_RADIUS = 35;

    static PatchGanSpec of(ArchitectureParams params) {
        return new PatchGanSpec(params.whole("width", 64), params.code("norm", NORMS, 1, "0 (none) or 1 (instance)"), params.flag("spectral"));
    }

    @Override
    public BuiltinArchitecture architecture() {
        return BuiltinArchitecture.PATCHGAN;
    }

    @Override
    public PatchDiscriminator build() {
        return PatchDiscriminator.builder().optWidth(width).optNorm(norm).optSpectralNorm(spectral).build();
    }

    @Override
    public int sizeMultiple() {
        return 1;
    }

    @Override
    public int receptiveFieldRadius() {
        return RECEPTIVE_FIELD_RADIUS;
    }

    @Override
    public Map<String, Double> params() {
        return new TreeMap<>(Map.of("width", (double) width, "norm", (double) java.util.Arrays.asList(NORMS).indexOf(norm), "spectral", spectral ? 1.0 : 0.0));
    }
}
