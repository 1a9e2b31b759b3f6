package org.neuralij.task;

import org.neuralij.image.PlaneReader;
import org.neuralij.image.ImagePlanes;
import ij.ImagePlus;
import org.neuralij.image.Normalizer;
import org.neuralij.model.ModelManifest;

/**
 * The course's check of a CycleGAN: the mean absolute difference between an image and its reconstruction
 * (A → B → A), in the values the network works in — the input's pixels normalised as the model's manifest says
 * (fitted on the input, e.g. percentiles 1…99.8 mapped to −1…1), so 0.1 is 5 % of the input's range.
 */
public final class CycleError {

    private CycleError() {
    }

    public static double of(ImagePlus input, ImagePlus reconstruction, ModelManifest.NormalizationSpec normalization) {
        ImagePlanes original = ImagePlanes.of(input);
        ImagePlanes rebuilt = ImagePlanes.of(reconstruction);
        int channels = original.channels();
        int pixels = input.getWidth() * input.getHeight();
        double sum = 0;
        long count = 0;
        for (int c = 0; c < channels; c++) {
            Normalizer normalizer = NormalizerChoice.fit(normalization, input, c);
            for (int t = 0; t < input.getNFrames(); t++) {
                for (int z = 0; z < input.getNSlices(); z++) {
                    PlaneReader originalPlane = original.reader(c, z, t);
                    PlaneReader rebuiltPlane = rebuilt.reader(c, z, t);
                    for (int i = 0; i < pixels; i++) {
                        float a = originalPlane.read(i);
                        float b = rebuiltPlane.read(i);
                        if (!Float.isFinite(a) || !Float.isFinite(b)) continue;
                        sum += Math.abs(normalizer.normalize(a) - normalizer.normalize(b));
                        count++;
                    }
                }
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
