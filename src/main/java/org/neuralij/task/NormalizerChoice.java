package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.image.Normalizer;
import org.neuralij.model.ModelManifest;

/** Fits the normalisation a manifest names on one channel of the whole image (all slices and frames). */
final class NormalizerChoice {

    private NormalizerChoice() {
    }

    static Normalizer fit(ModelManifest.NormalizationSpec spec, ImagePlus imp, int channel) {
        Normalizer unit = fitToUnitRange(spec, imp, channel);
        return spec.symmetric() ? unit.toSymmetricRange() : unit;
    }

    private static Normalizer fitToUnitRange(ModelManifest.NormalizationSpec spec, ImagePlus imp, int channel) {
        return switch (spec.method()) {
            case PERCENTILE -> Normalizer.percentile(imp, channel, spec.low(), spec.high());
            case MINMAX -> Normalizer.minMax(imp, channel);
            case FIXED -> Normalizer.fixed(spec.min(), spec.max());
            case NONE -> Normalizer.identity();
        };
    }
}
