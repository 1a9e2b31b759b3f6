package org.neuralij.train.data;

import org.neuralij.image.ColorDifference;
import org.neuralij.image.FloatImage;

/**
 * The training pair of task=colorize made from one RGB image: the input is its gray version
 * (ImageJ's default conversion, (R+G+B)/3, normalised like every input), the target its colour
 * differences R−G and B−G in units of the full range (−1..1, 1 = 255 levels of an 8-bit image):
 * what a {@code chroma} model predicts.
 */
public final class ColorizationPair {

    private ColorizationPair() {
    }

    public static TrainingPair of(TrainingImage image, TrainingNormalization normalization) {
        if (image.channels() != 3) {
            throw new IllegalArgumentException("task=colorize learns from RGB images, but '" + image.label() + "' is " + image.kind()
                    + ": remove it from the folder, or convert it with Image › Type › RGB Color if it is a colour composite.");
        }
        FloatImage rgb = image.toUnitRange();
        int n = rgb.planeSize();
        float[] in = rgb.data();
        FloatImage gray = FloatImage.zeros(1, rgb.width(), rgb.height());
        FloatImage chroma = FloatImage.zeros(2, rgb.width(), rgb.height());
        float[] luminance = gray.data();
        float[] differences = chroma.data();
        for (int i = 0; i < n; i++) {
            float red = in[i];
            float green = in[n + i];
            float blue = in[2 * n + i];
            luminance[i] = (float) ColorDifference.EQUAL_WEIGHTS.luminance(red, green, blue);
            differences[i] = red - green;
            differences[n + i] = blue - green;
        }
        return normalization.applyToInput(image.label(), gray, chroma);
    }
}
