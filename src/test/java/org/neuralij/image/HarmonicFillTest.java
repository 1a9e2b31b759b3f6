package org.neuralij.image;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HarmonicFillTest {

    private static boolean[] box(int width, int height, int x0, int y0, int w, int h) {
        boolean[] hole = new boolean[width * height];
        for (int y = y0; y < y0 + h; y++) for (int x = x0; x < x0 + w; x++) hole[y * width + x] = true;
        return hole;
    }

    @Test
    void aLinearRampIsHarmonicSoItComesBackInsideSmallAndLargeHoles() {
        for (int size : new int[] {5, 40, 180}) {
            int width = size + 20, height = size + 10;
            float[] values = new float[width * height];
            for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) values[y * width + x] = 3 * x - 2 * y + 100;
            float[] original = values.clone();
            boolean[] hole = box(width, height, 10, 5, size, size);
            for (int i = 0; i < values.length; i++) if (hole[i]) values[i] = -999;
            HarmonicFill.fill(values, width, height, hole);
            for (int i = 0; i < values.length; i++) {
                assertEquals(original[i], values[i], hole[i] ? 0.02 * (3 + 2) * size / 10 + 0.05 : 0, "size " + size + ", pixel " + i);
            }
        }
    }

    @Test
    void eachFilledPixelIsTheMeanOfItsNeighboursAndTheKnownPixelsStay() {
        int width = 30, height = 20;
        float[] values = new float[width * height];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < values.length; i++) values[i] = random.nextFloat() * 255;
        float[] original = values.clone();
        boolean[] hole = box(width, height, 8, 4, 12, 9);
        HarmonicFill.fill(values, width, height, hole);
        for (int i = 0; i < values.length; i++) {
            if (!hole[i]) { assertEquals(original[i], values[i]); continue; }
            float mean = (values[i - 1] + values[i + 1] + values[i - width] + values[i + width]) / 4;
            assertEquals(mean, values[i], 0.01, "pixel " + i);
        }
    }

    @Test
    void aHoleAtTheBorderTakesNoFluxAcrossItAndNonFinitePixelsAreIgnored() {
        int width = 20, height = 10;
        float[] values = new float[width * height];
        for (int i = 0; i < values.length; i++) values[i] = 50;
        values[15] = Float.NaN;
        boolean[] hole = box(width, height, 0, 0, 6, 10); // the whole left edge, top to bottom
        HarmonicFill.fill(values, width, height, hole);
        for (int i = 0; i < values.length; i++) if (hole[i]) assertEquals(50, values[i], 1e-3);
    }

    @Test
    void aHoleOverTheWholeImageIsRefused() {
        boolean[] all = new boolean[16];
        java.util.Arrays.fill(all, true);
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> HarmonicFill.fill(new float[16], 4, 4, all));
        assertTrue(failure.getMessage().contains("no pixels around it"));
    }
}
