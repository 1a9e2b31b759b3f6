package org.neuralij.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageMetricsTest {

    /** Same formula as src/test/resources/fixtures/ssim_fixture.py. */
    private static float[] reference(int width, int height) {
        float[] plane = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                plane[y * width + x] = (float) (0.5 + 0.4 * Math.sin(x * 0.3) * Math.cos(y * 0.2));
            }
        }
        return plane;
    }

    private static float[] withNoise(float[] reference, int width, int height, double amplitude) {
        float[] plane = new float[reference.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                double noise = ((i * 7919L) % 97) / 97.0;
                plane[i] = (float) (0.5 + 0.4 * Math.sin(x * 0.3) * Math.cos(y * 0.2) + amplitude * (noise - 0.5));
            }
        }
        return plane;
    }

    @Test
    void ssimMatchesScikitImage() {
        // Values printed by: /usr/bin/python3 src/test/resources/fixtures/ssim_fixture.py (skimage 0.19.3)
        assertEquals(0.9509520993716126, ssimOfFixture(32, 32), 1e-4);
        assertEquals(0.9526358117174426, ssimOfFixture(40, 24), 1e-4);
    }

    private static double ssimOfFixture(int width, int height) {
        float[] ref = reference(width, height);
        return ImageMetrics.ssim(ref, withNoise(ref, width, height, 0.1), width, height, 1.0);
    }

    @Test
    void ssimIsOneForIdenticalImages() {
        float[] ref = reference(32, 32);
        assertEquals(1.0, ImageMetrics.ssim(ref, ref.clone(), 32, 32, 1.0), 1e-12);
    }

    @Test
    void ssimDropsWithMoreNoise() {
        float[] ref = reference(32, 32);
        double slightlyNoisy = ImageMetrics.ssim(ref, withNoise(ref, 32, 32, 0.05), 32, 32, 1.0);
        double noisy = ImageMetrics.ssim(ref, withNoise(ref, 32, 32, 0.3), 32, 32, 1.0);
        assertTrue(slightlyNoisy < 1.0);
        assertTrue(noisy < slightlyNoisy, noisy + " should be below " + slightlyNoisy);
    }

    @Test
    void ssimIsSymmetric() {
        float[] ref = reference(40, 24);
        float[] test = withNoise(ref, 40, 24, 0.2);
        assertEquals(ImageMetrics.ssim(ref, test, 40, 24, 1.0), ImageMetrics.ssim(test, ref, 40, 24, 1.0), 1e-12);
    }

    @Test
    void ssimRejectsImagesSmallerThanTheWindowOrWrongSizes() {
        float[] small = new float[10 * 20];
        assertThrows(IllegalArgumentException.class, () -> ImageMetrics.ssim(small, small, 10, 20, 1.0));
        float[] plane = new float[32 * 32];
        assertThrows(IllegalArgumentException.class, () -> ImageMetrics.ssim(plane, plane, 16, 32, 1.0));
        assertThrows(IllegalArgumentException.class, () -> ImageMetrics.ssim(plane, plane, 32, 32, 0));
    }

    @Test
    void psnrOfAKnownMeanSquaredError() {
        float[] zeros = new float[100];
        float[] tenth = new float[100];
        Arrays.fill(tenth, 0.1f);

        // MSE = 0.01 (up to float rounding of 0.1), so PSNR = 10 log10(1 / 0.01) = 20 dB.
        assertEquals(20.0, ImageMetrics.psnr(zeros, tenth, 1.0), 1e-5);
        // Range 255 with MSE 100: 10 log10(65025 / 100).
        float[] ten = new float[100];
        Arrays.fill(ten, 10f);
        assertEquals(10 * Math.log10(650.25), ImageMetrics.psnr(zeros, ten, 255), 1e-12);
    }

    @Test
    void psnrIsInfiniteForIdenticalImages() {
        float[] ref = reference(16, 16);
        assertEquals(Double.POSITIVE_INFINITY, ImageMetrics.psnr(ref, ref.clone(), 1.0));
    }

    @Test
    void meanErrors() {
        float[] a = {0, 1, 2, 3};
        float[] b = {1, 1, 0, 7};
        assertEquals((1 + 0 + 2 + 4) / 4.0, ImageMetrics.meanAbsoluteError(a, b));
        assertEquals((1 + 0 + 4 + 16) / 4.0, ImageMetrics.meanSquaredError(a, b));
        assertThrows(IllegalArgumentException.class, () -> ImageMetrics.meanSquaredError(a, new float[3]));
    }
}
