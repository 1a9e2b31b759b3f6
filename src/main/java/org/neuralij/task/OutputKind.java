package org.neuralij.task;

import ij.ImagePlus;

/**
 * How a model's raw output becomes pixels: images keep the input's range and bit depth, probabilities are 32-bit, labels 16-bit,
 * chroma (the colour differences of a colorize model) 32-bit as the network gives them.
 */
enum OutputKind {
    IMAGE, PROBABILITIES, LABELS, CHROMA;

    static OutputKind of(String manifestKind) {
        return valueOf(manifestKind.toUpperCase(java.util.Locale.ROOT));
    }

    int bitDepth(ImagePlus input) {
        switch (this) {
            case PROBABILITIES:
            case CHROMA:
                return 32;
            case LABELS:
                return 16;
            default:
                return input.getType() == ImagePlus.COLOR_RGB ? 8 : input.getBitDepth();
        }
    }
}
