package org.neuralij.nn.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * Which CPU convolution kernels libtorch uses. libtorch runs CPU convolutions through oneDNN, whose
 * just-in-time kernels are made for the widest instruction set the CPU reports; {@code ONEDNN_MAX_CPU_ISA}
 * caps that set. {@link #NATIVE} turns oneDNN off, leaving PyTorch's own (much slower) convolutions.
 * The order is the order of preference: fastest first.
 */
public enum KernelChoice {
    /** oneDNN with every instruction set the CPU has (AVX-512 where present). */
    DEFAULT(null, "oneDNN, all instruction sets of this CPU"),
    /** oneDNN capped at AVX2 (no AVX-512 kernels). */
    AVX2("AVX2", "oneDNN capped at AVX2"),
    /** oneDNN capped at SSE4.1: direct SSE kernels forward, GEMM-based ones backward. */
    SSE41("SSE41", "oneDNN capped at SSE4.1"),
    /** oneDNN off: PyTorch's own convolutions (im2col and matrix products), 10-30 times slower. */
    NATIVE(null, "PyTorch's own convolutions, oneDNN off");

    private final String isaCap;
    private final String description;

    KernelChoice(String isaCap, String description) {
        this.isaCap = isaCap;
        this.description = description;
    }

    /** The value for {@code ONEDNN_MAX_CPU_ISA}, if this choice caps the instruction set. */
    public Optional<String> isaCap() {
        return Optional.ofNullable(isaCap);
    }

    public String description() {
        return description;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the value of {@code neuralij.kernels} (case-insensitive): default, avx2, sse41 or native. */
    public static KernelChoice parse(String value) {
        for (KernelChoice choice : values()) {
            if (choice.key().equalsIgnoreCase(value.trim())) return choice;
        }
        throw new IllegalArgumentException("neuralij.kernels=" + value + " is not known: use auto, default, avx2, sse41 or native.");
    }
}
