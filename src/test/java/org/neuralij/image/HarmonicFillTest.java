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
                assertEquals(original[i], values[i], hole[i] ? 0.05 : 0, "size " + size + ", pixel " + i);
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
    void aLargeIrregularHoleAtTheBorderAmongNonFinitePixelsIsSolvedToTheMeanOfItsNeighbours() {
        int width = 300, height = 200;
        float[] values = new float[width * height];
        boolean[] hole = new boolean[values.length];
        java.util.Random random = new java.util.Random(4);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                values[i] = (float) (100 * Math.sin(x / 9.0) * Math.cos(y / 13.0) + 10 * random.nextGaussian());
                double dx = (x - 200) / 110.0, dy = (y - 120) / 90.0;
                hole[i] = dx * dx + dy * dy < 1 || (x > 40 && x < 60 && y > 30);
                if (!hole[i] && random.nextInt(40) == 0) values[i] = Float.NaN;
            }
        }
        HarmonicFill.fill(values, width, height, hole);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (!hole[i]) continue;
                double sum = 0;
                int count = 0;
                for (int j : new int[] {x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1}) {
                    if (j >= 0 && (hole[j] || Float.isFinite(values[j]))) { sum += values[j]; count++; }
                }
                assertEquals(sum / count, values[i], 0.01, "pixel " + x + "," + y);
            }
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
