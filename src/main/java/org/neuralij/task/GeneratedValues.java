package org.neuralij.task;

import org.neuralij.model.ModelManifest;

/**
 * What a generator's output (-1..1) stands for: the training images' value range, as its manifest's input normalisation
 * records it, and the image type to make (8-bit or RGB for a range of 0-255, else 32-bit).
 */
record GeneratedValues(double low, double high, int channels) {

    static GeneratedValues of(ModelManifest manifest) {
        ModelManifest.NormalizationSpec range = manifest.input().normalization();
        if (!Double.isFinite(range.min()) || !Double.isFinite(range.max()) || !(range.max() > range.min())) {
            throw new IllegalArgumentException("The generator '" + manifest.name() + "' does not say what its values stand for (a fixed normalisation with min < max): "
                    + "train it again with Train Model... task=generate.");
        }
        return new GeneratedValues(range.min(), range.max(), manifest.output().channels());
    }

    boolean eightBit() {
        return low == 0 && high == 255 && (channels == 1 || channels == 3);
    }

    int bitDepth() {
        return eightBit() ? 8 : 32;
    }

    boolean rgb() {
        return eightBit() && channels == 3;
    }

    float value(float output) {
        return (float) (low + (output + 1) / 2 * (high - low));
    }
}
