package org.neuralij.train.data;

import org.neuralij.image.FloatImage;
import org.neuralij.image.HarmonicFill;

/**
 * Inpainting pairs from a clean image cut by {@link Holes}: the input is the degraded image with
 * its holes blanked by the diffusion (harmonic) fill of their surroundings, normalised as at
 * inference, plus the hole mask as the last channel; the target is the clean image, normalised
 * the same way, plus the same mask (for {@code HoleComposite}).
 */
public final class HoleInputs {

    private HoleInputs() {
    }

    public static TrainingPair pair(TrainingNormalization normalization, String name, Degraded degraded, FloatImage clean) {
        float[] mask = degraded.holeMask();
        boolean[] hole = new boolean[mask.length];
        boolean any = false;
        for (int i = 0; i < mask.length; i++) any |= hole[i] = mask[i] != 0;
        if (!any) {
            throw new IllegalArgumentException("The degradation cut no hole into '" + name + "': task=inpaint needs a holes= step that cuts at least one, e.g. crappify=[holes=30-60/8-40].");
        }
        TrainingPair normalized = normalization.apply(name, filled(degraded.image(), hole), clean);
        return new TrainingPair(name, withMask(normalized.input(), mask), withMask(normalized.target(), mask));
    }

    private static FloatImage filled(FloatImage image, boolean[] hole) {
        FloatImage result = image.copy();
        int plane = image.planeSize();
        float[] values = new float[plane];
        for (int c = 0; c < image.channels(); c++) {
            System.arraycopy(result.data(), c * plane, values, 0, plane);
            HarmonicFill.fill(values, image.width(), image.height(), hole);
            System.arraycopy(values, 0, result.data(), c * plane, plane);
        }
        return result;
    }

    private static FloatImage withMask(FloatImage image, float[] mask) {
        int plane = image.planeSize();
        float[] data = java.util.Arrays.copyOf(image.data(), image.data().length + plane);
        System.arraycopy(mask, 0, data, image.channels() * plane, plane);
        return new FloatImage(image.channels() + 1, image.width(), image.height(), data);
    }
}
