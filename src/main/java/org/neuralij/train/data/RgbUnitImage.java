package org.neuralij.train.data;

import java.util.List;
import org.neuralij.image.FloatImage;

/** A training image as style transfer takes it: RGB in [0, 1], a gray image repeated to 3 channels (saying so in {@code notes}). */
final class RgbUnitImage {

    private RgbUnitImage() {
    }

    static FloatImage of(TrainingImage image, String role, List<String> notes) {
        FloatImage unit = image.toUnitRange();
        if (unit.channels() == 3) return unit;
        if (unit.channels() != 1) {
            throw new IllegalArgumentException("The " + role + " '" + image.label() + "' has " + unit.channels()
                    + " channels: style transfer works on RGB or gray images. Convert it with Image › Type › RGB Color.");
        }
        notes.add("The " + role + " '" + image.label() + "' is gray (" + image.kind() + "): it is used as an RGB image with three equal channels.");
        int n = unit.planeSize();
        float[] rgb = new float[3 * n];
        for (int c = 0; c < 3; c++) System.arraycopy(unit.data(), 0, rgb, c * n, n);
        return new FloatImage(3, unit.width(), unit.height(), rgb);
    }
}
