package org.neuralij.model;

import ij.ImagePlus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a model's output is ({@code output.kind} of its manifest), and so how its raw values become pixels: images keep
 * the input's range and bit depth, probabilities are 32-bit, labels 16-bit, chroma (the colour differences of a colorize
 * model) 32-bit as the network gives them.
 */
public enum OutputKind {
    IMAGE, PROBABILITIES, LABELS, CHROMA;

    /** The manifest's spelling. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(OutputKind::key).toList();
    }

    public static OutputKind parse(String manifestKind) {
        return valueOf(manifestKind.trim().toUpperCase(Locale.ROOT));
    }

    public int bitDepth(ImagePlus input) {
        return switch (this) {
            case PROBABILITIES, CHROMA -> 32;
            case LABELS -> 16;
            case IMAGE -> input.getType() == ImagePlus.COLOR_RGB ? 8 : input.getBitDepth();
        };
    }
}
