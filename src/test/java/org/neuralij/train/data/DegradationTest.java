package org.neuralij.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neuralij.image.FloatImage;

class DegradationTest {

    /** A smooth test image with values in [0.1, 0.9]. */
    static FloatImage smooth(int channels, int width, int height) {
        FloatImage image = FloatImage.zeros(channels, width, height);
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.set(c, x, y, (float) (0.5 + 0.4 * Math.sin(x / 5.0 + c) * Math.cos(y / 7.0)));
                }
            }
        }
        return image;
    }

    static FloatImage flat(int width, int height, float value) {
        FloatImage image = FloatImage.zeros(1, width, height);
        Arrays.fill(image.data(), value);
        return image;
    }

    static double meanAbsoluteDifference(FloatImage a, FloatImage b) {
        double sum = 0;
        for (int i = 0; i < a.data().length; i++) {
            sum += Math.abs(a.data()[i] - b.data()[i]);
        }
        return sum / a.data().length;
    }

    static double standardDeviation(float[] values) {
        double mean = 0;
        for (float v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (float v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length);
    }

    @Test
    void parsesTheShortSpecAndWritesItBack() {
        String spec = "downscale=2,jpeg=10-70,text,gauss=0.02-0.1,poisson=10-100,blur=0.5-2,grayscale=1,"
                + "holes=1-5/8-32";
        Degradation degradation = Degradation.parse(spec);
        assertEquals(8, degradation.steps().size());
        assertEquals(spec, degradation.spec());
        assertEquals(2, degradation.shrinkFactor());
        assertEquals("jpeg=10-70", Degradation.parse("jpeg").spec());
        assertEquals("downscaleback=3,grayscale", Degradation.parse(" downscaleback=3 , grayscale ").spec());
    }

    @Test
    void unknownStepsAndBadNumbersAreExplained() {
        assertMessage("sharpen", "Unknown degradation step 'sharpen'", "Known steps: downscale=F");
        assertMessage("gauss=0.1-x", "Bad number in degradation step \"gauss=0.1-x\"", "e.g. 0.02-0.1");
        assertMessage("gauss", "\"gauss\" needs a value", "gauss=0.02-0.1");
        assertMessage("jpeg=70-10", "the minimum 70 is above the maximum 10");
        assertMessage("jpeg=10-120", "JPEG quality goes from 0 to 100");
        assertMessage("downscale=1.5", "Bad factor in degradation step \"downscale=1.5\"");
        assertMessage("text=3", "\"text=3\" takes no value");
        assertMessage("quantize=0", "bit depth from 1 to 16");
        assertMessage("quantize=eight", "Bad bit depth", "quantize=8");
        assertMessage("holes=3", "expected COUNT/SIZE ranges");
        assertMessage("holes=1/4,downscale=2", "put holes after every downscale");
        assertMessage(" ", "The degradation is empty");
    }

    private static void assertMessage(String spec, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Degradation.parse(spec));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }

    @Test
    void sameSeedGivesSameOutputAndImagesOfOneRunDiffer() {
        Degradation degradation = Degradation.parse("jpeg,text,gauss=0.02-0.1,holes=1-3/4-10");
        FloatImage clean = smooth(3, 64, 48);

        Degraded first = degradation.apply(clean, 42, 0);
        Degraded again = degradation.apply(clean, 42, 0);
        Degraded otherImage = degradation.apply(clean, 42, 1);
        Degraded otherSeed = degradation.apply(clean, 43, 0);

        assertArrayEquals(first.image().data(), again.image().data());
        assertArrayEquals(first.holeMask(), again.holeMask());
        assertFalse(Arrays.equals(first.image().data(), otherImage.image().data()));
        assertFalse(Arrays.equals(first.image().data(), otherSeed.image().data()));
    }

    @Test
    void differentImagesDrawDifferentParameters() {
        GaussianNoise noise = new GaussianNoise(new RandomRange(0.01, 0.2));
        Degradation degradation = Degradation.of(noise);
        double sigma0 = standardDeviation(degradation.apply(flat(64, 64, 0.5f), 7, 0).image().data());
        double sigma1 = standardDeviation(degradation.apply(flat(64, 64, 0.5f), 7, 1).image().data());
        assertTrue(Math.abs(sigma0 - sigma1) > 0.005, sigma0 + " vs " + sigma1);
    }

    @Test
    void cleanImageIsNotChanged() {
        FloatImage clean = smooth(1, 32, 32);
        float[] before = clean.data().clone();
        Degradation.parse("blur=1,gauss=0.1,holes=2/5,jpeg,text,poisson=20").apply(clean, new Random(1));
        assertArrayEquals(before, clean.data());
    }

    @Test
    void jpegAtQuality10ChangesMoreThanAt70() {
        FloatImage clean = smooth(3, 64, 64);
        double at10 = meanAbsoluteDifference(clean, Degradation.parse("jpeg=10").apply(clean, new Random(1)).image());
        double at70 = meanAbsoluteDifference(clean, Degradation.parse("jpeg=70").apply(clean, new Random(1)).image());
        assertTrue(at70 > 0 && at10 > 1.5 * at70, "q10: " + at10 + ", q70: " + at70);

        FloatImage gray = smooth(1, 64, 64);
        FloatImage grayJpeg = Degradation.parse("jpeg=10").apply(gray, new Random(1)).image();
        assertEquals(1, grayJpeg.channels());
        assertTrue(meanAbsoluteDifference(gray, grayJpeg) > 0);
    }

    @Test
    void gaussianNoiseHasTheRequestedStandardDeviation() {
        float[] noisy = Degradation.parse("gauss=0.05").apply(flat(200, 200, 0.5f), new Random(3)).image().data();
        assertEquals(0.05, standardDeviation(noisy), 0.005);
    }

    @Test
    void quantizeRoundsToTheLevelsOfTheBitDepthAndClips() {
        FloatImage image = FloatImage.zeros(1, 4, 1);
        image.set(0, 0, 0, 100.4f / 255);
        image.set(0, 1, 0, 100.6f / 255);
        image.set(0, 2, 0, -0.2f);
        image.set(0, 3, 0, 1.3f);
        Degradation eightBits = Degradation.parse("quantize=8");
        float[] rounded = eightBits.apply(image, new Random(0)).image().data();
        assertArrayEquals(new float[] {100f / 255, 101f / 255, 0, 1}, rounded, 1e-7f);
        assertEquals(100.4f / 255, image.get(0, 0, 0), 1e-7f, "the input is not changed");
        assertEquals("quantize=8", eightBits.spec());
        float[] oneBit = Degradation.parse("quantize=1").apply(image, new Random(0)).image().data();
        assertArrayEquals(new float[] {0, 0, 0, 1}, oneBit);
    }

    @Test
    void poissonNoiseHasPhotonCountStandardDeviation() {
        // value 0.5 at peak 40 gives a mean of 20 photons: sd sqrt(20) / 40; at peak 400, sqrt(200) / 400.
        for (int peak : new int[] {40, 400}) {
            float[] noisy = Degradation.parse("poisson=" + peak).apply(flat(200, 200, 0.5f), new Random(3))
                    .image().data();
            double expected = Math.sqrt(0.5 * peak) / peak;
            assertEquals(expected, standardDeviation(noisy), 0.1 * expected, "peak " + peak);
        }
    }

    @Test
    void photonCountsOfARangeAreDrawnEvenlyInLogScale() {
        // 10-4000 photons: as many images below sqrt(10 x 4000) = 200 photons as above; a uniform draw would put 95 % above
        Degradation noise = Degradation.parse("poisson=10-4000");
        int noisier = 0;
        int images = 400;
        for (int i = 0; i < images; i++) {
            double sd = standardDeviation(noise.apply(flat(30, 30, 1f), 11, i).image().data());
            if (sd > 1 / Math.sqrt(200)) noisier++;
        }
        assertEquals(0.5, noisier / (double) images, 0.08, "share of images with fewer than 200 photons");
    }

    @Test
    void holesMaskMarksExactlyTheBlackenedPixels() {
        FloatImage clean = flat(50, 40, 0.7f);
        Degraded degraded = Degradation.parse("holes=2-4/3-12").apply(clean, new Random(5));
        int holes = 0;
        for (int i = 0; i < clean.planeSize(); i++) {
            boolean black = degraded.image().data()[i] == 0;
            assertEquals(black ? 1f : 0f, degraded.holeMask()[i], "pixel " + i);
            holes += black ? 1 : 0;
        }
        assertTrue(holes >= 9, "holes: " + holes);
    }

    @Test
    void downscaleHalvesTheSizeAndDownscaleBackKeepsIt() {
        FloatImage clean = smooth(3, 40, 30);
        FloatImage half = Degradation.parse("downscale=2").apply(clean, new Random(1)).image();
        assertEquals(3, half.channels());
        assertEquals(20, half.width());
        assertEquals(15, half.height());
        assertEquals(20 * 15, Degradation.parse("downscale=2").apply(clean, new Random(1)).holeMask().length);
        // bilinear averaging keeps the local level: the top-left 2x2 block's mean
        float blockMean = (clean.get(0, 0, 0) + clean.get(0, 1, 0) + clean.get(0, 0, 1) + clean.get(0, 1, 1)) / 4;
        assertEquals(blockMean, half.get(0, 0, 0), 0.02);

        FloatImage back = Degradation.parse("downscaleback=2").apply(clean, new Random(1)).image();
        assertEquals(40, back.width());
        assertEquals(30, back.height());
        assertTrue(meanAbsoluteDifference(clean, back) > 0);
    }

    @Test
    void textChangesSomePixelsOnlyInABoundedBox() {
        FloatImage clean = flat(200, 200, 0.5f);
        for (int seed = 0; seed < 5; seed++) {
            FloatImage texted = Degradation.parse("text").apply(clean, new Random(seed)).image();
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            int maxX = -1;
            int maxY = -1;
            for (int y = 0; y < 200; y++) {
                for (int x = 0; x < 200; x++) {
                    if (texted.get(0, x, y) != 0.5f) {
                        minX = Math.min(minX, x);
                        maxX = Math.max(maxX, x);
                        minY = Math.min(minY, y);
                        maxY = Math.max(maxY, y);
                    }
                }
            }
            assertTrue(maxX >= 0, "no pixel changed with seed " + seed);
            // at most two digits of a font at most 1/4 of the image high
            assertTrue(maxX - minX < 60 && maxY - minY < 60,
                    "seed " + seed + ": box " + minX + "," + minY + " - " + maxX + "," + maxY);
        }
    }

    @Test
    void blurSmoothsAndGrayscaleGivesLuminance() {
        FloatImage noisy = Degradation.parse("gauss=0.1").apply(flat(64, 64, 0.5f), new Random(2)).image();
        FloatImage blurred = Degradation.parse("blur=2").apply(noisy, new Random(2)).image();
        assertTrue(standardDeviation(blurred.data()) < 0.3 * standardDeviation(noisy.data()));

        FloatImage rgb = FloatImage.zeros(3, 2, 1);
        rgb.set(0, 0, 0, 1);
        rgb.set(1, 1, 0, 1);
        FloatImage repeated = Degradation.parse("grayscale").apply(rgb, new Random(1)).image();
        assertEquals(3, repeated.channels());
        assertEquals(0.299f, repeated.get(2, 0, 0), 1e-6);
        assertEquals(0.587f, repeated.get(0, 1, 0), 1e-6);
        assertEquals(1, Degradation.parse("grayscale=1").apply(rgb, new Random(1)).image().channels());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Degradation.parse("grayscale").apply(FloatImage.zeros(2, 2, 2), new Random(1)));
        assertTrue(e.getMessage().contains("needs an RGB (3-channel) image, but this one has 2 channels"));
    }
}
