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
        switch (spec.method()) {
            case "percentile":
                return Normalizer.percentile(imp, channel, spec.low(), spec.high());
            case "minmax":
                return Normalizer.minMax(imp, channel);
            case "fixed":
                return Normalizer.fixed(spec.min(), spec.max());
            case "none":
                return Normalizer.identity();
            default:
                throw new IllegalArgumentException("Unknown normalisation '" + spec.method() + "' in the model's manifest.");
        }
    }
}
