package org.neuralij.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private static ImagePlus row(float... values) {
        return new ImagePlus("row", new FloatProcessor(values.length, 1, values));
    }

    @Test
    void percentilesOfZeroToHundredFollowNumpy() {
        float[] values = new float[101];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }

        Normalizer n = Normalizer.percentile(row(values), 0, 1, 99.8);

        assertEquals(1.0, n.low(), 1e-9);
        assertEquals(99.8, n.high(), 1e-9);
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        // Expected values from numpy.percentile([30, 10, 50, 20, 40], q) and ([1, 2, 4, 8, 100], q).
        ImagePlus shuffled = row(30, 10, 50, 20, 40);
        assertRange(10, 14, Normalizer.percentile(shuffled, 0, 0, 10));
        assertRange(20, 46, Normalizer.percentile(shuffled, 0, 25, 90));
        assertRange(46, 50, Normalizer.percentile(shuffled, 0, 90, 100));

        ImagePlus skewed = row(100, 8, 4, 2, 1);
        assertRange(4, 26.4, Normalizer.percentile(skewed, 0, 50, 80));
        assertRange(1.04, 99.264, Normalizer.percentile(skewed, 0, 1, 99.8));
    }

    @Test
    void theSymmetricRangeMapsTheFittedLowAndHighToMinusOneAndOneAndBack() {
        Normalizer symmetric = Normalizer.minMax(row(10, 20, 50), 0).toSymmetricRange();
        assertEquals(-1f, symmetric.normalize(10), 1e-6f);
        assertEquals(-0.5f, symmetric.normalize(20), 1e-6f);
        assertEquals(1f, symmetric.normalize(50), 1e-6f);
        assertEquals(20f, symmetric.denormalize(-0.5f), 1e-5f);
    }

    @Test
    void rgbChannelsAreSeparate() {
        ColorProcessor cp = new ColorProcessor(2, 1);
        cp.set(0, 0, 0x0a6e00);
        cp.set(1, 0, 0x1478ff);
        ImagePlus rgb = new ImagePlus("rgb", cp);

        assertRange(10, 20, Normalizer.minMax(rgb, 0));
        assertRange(110, 120, Normalizer.minMax(rgb, 1));
        assertRange(0, 255, Normalizer.minMax(rgb, 2));
        assertRange(10, 20, Normalizer.percentile(rgb, 0, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> Normalizer.minMax(rgb, 3));
    }

    @Test
    void statisticsCoverTheChannelOverAllSlicesAndFrames() {
        ImagePlus imp = IJ.createImage("stack", "16-bit black", 3, 2, 2, 2, 3);
        for (int t = 1; t <= 3; t++) {
            for (int z = 1; z <= 2; z++) {
                imp.getStack().getProcessor(imp.getStackIndex(1, z, t)).set(100 + 10 * z + t);
                imp.getStack().getProcessor(imp.getStackIndex(2, z, t)).set(1000 * z + t);
            }
        }

        assertRange(111, 123, Normalizer.minMax(imp, 0));
        assertRange(1001, 2003, Normalizer.minMax(imp, 1));
        assertRange(111, 123, Normalizer.percentile(imp, 0, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> Normalizer.minMax(imp, 2));
    }

    @Test
    void nonFiniteValuesAreIgnored() {
        ImagePlus imp = row(Float.NaN, 30, Float.POSITIVE_INFINITY, 10, 50, Float.NEGATIVE_INFINITY, 20, 40);

        assertRange(14, 46, Normalizer.percentile(imp, 0, 10, 90));
        assertRange(10, 50, Normalizer.minMax(imp, 0));
        assertEquals(3, ImagePlanes.of(imp).countNonFinite());
        assertEquals(0, ImagePlanes.of(TestImages.hyperstack(16, 4, 4, 1, 2, 1)).countNonFinite());
    }

    @Test
    void channelWithoutFiniteValuesIsRejectedWithAClearMessage() {
        ImagePlus imp = row(Float.NaN, Float.POSITIVE_INFINITY);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Normalizer.percentile(imp, 0, 1, 99.8));
        assertTrue(e.getMessage().contains("no finite pixel value"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Normalizer.minMax(imp, 0));
    }

    @Test
    void constantImageUsesUnitScale() {
        Normalizer n = Normalizer.percentile(row(5, 5, 5, 5), 0, 1, 99.8);

        assertRange(5, 5, n);
        assertEquals(0f, n.normalize(5));
        assertEquals(2f, n.normalize(7));
        assertEquals(7f, n.denormalize(2));
    }

    @Test
    void invalidPercentsAreRejected() {
        ImagePlus imp = row(1, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> Normalizer.percentile(imp, 0, 50, 10));
        assertThrows(IllegalArgumentException.class, () -> Normalizer.percentile(imp, 0, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> Normalizer.percentile(imp, 0, 1, 101));
    }

    @Test
    void integerImagesGetExactPercentilesFromTheirHistogramOverAllSlices() {
        Random random = new Random(5);
        int width = 97, height = 61, slices = 3;
        ij.ImageStack bytes = new ij.ImageStack(width, height);
        ij.ImageStack shorts = new ij.ImageStack(width, height);
        float[] byteValues = new float[width * height * slices];
        float[] shortValues = new float[byteValues.length];
        for (int z = 0; z < slices; z++) {
            ij.process.ByteProcessor b = new ij.process.ByteProcessor(width, height);
            ij.process.ShortProcessor s = new ij.process.ShortProcessor(width, height);
            for (int i = 0; i < width * height; i++) {
                int v8 = (int) Math.max(0, Math.min(255, 90 + 40 * random.nextGaussian()));
                int v16 = (int) Math.max(0, Math.min(65535, 30000 + 9000 * random.nextGaussian()));
                b.set(i, v8);
                s.set(i, v16);
                byteValues[z * width * height + i] = v8;
                shortValues[z * width * height + i] = v16;
            }
            bytes.addSlice(b);
            shorts.addSlice(s);
        }
        for (double[] percents : new double[][] {{1, 99.8}, {0, 100}, {37.3, 50}}) {
            Normalizer eight = Normalizer.percentile(new ImagePlus("8", bytes), 0, percents[0], percents[1]);
            Normalizer sixteen = Normalizer.percentile(new ImagePlus("16", shorts), 0, percents[0], percents[1]);
            assertEquals(Percentiles.linear(byteValues.clone(), percents[0]), eight.low(), 1e-9);
            assertEquals(Percentiles.linear(byteValues.clone(), percents[1]), eight.high(), 1e-9);
            assertEquals(Percentiles.linear(shortValues.clone(), percents[0]), sixteen.low(), 1e-9);
            assertEquals(Percentiles.linear(shortValues.clone(), percents[1]), sixteen.high(), 1e-9);
        }
    }

    @Test
    @Tag("slow")
    void largeImageIsSampledWithinOnePercentOfExact() {
        int size = 3000;
        float[] pixels = new float[size * size];
        Random random = new Random(42);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) (500 + 100 * random.nextGaussian());
        }
        ImagePlus imp = new ImagePlus("large", new FloatProcessor(size, size, pixels));
        float[] sorted = pixels.clone();
        Arrays.sort(sorted);

        Normalizer n = Normalizer.percentile(imp, 0, 1, 99.8);

        double exactLow = Percentiles.linear(sorted, 1);
        double exactHigh = Percentiles.linear(sorted, 99.8);
        assertEquals(exactLow, n.low(), 0.01 * Math.abs(exactLow));
        assertEquals(exactHigh, n.high(), 0.01 * Math.abs(exactHigh));
    }

    @Test
    void bulkNormalizeAndDenormalizeRoundTrip() {
        Normalizer n = Normalizer.fixed(-20, 300);
        float[] raw = {-20, 0, 140, 300, 1234.5f, -77.25f};
        float[] normalized = new float[raw.length];

        n.normalizeInto(raw, normalized);
        float[] restored = normalized.clone();
        n.denormalizeInto(restored, restored);

        assertEquals(0f, normalized[0]);
        assertEquals(0.5f, normalized[2]);
        assertEquals(1f, normalized[3]);
        for (int i = 0; i < raw.length; i++) {
            assertEquals(n.normalize(raw[i]), normalized[i]);
            assertEquals(raw[i], restored[i], 1e-4f * Math.max(1, Math.abs(raw[i])));
        }
        assertThrows(IllegalArgumentException.class, () -> n.normalizeInto(raw, new float[2]));
    }

    @Test
    void identityAndFixedFactories() {
        Normalizer identity = Normalizer.identity();
        assertArrayEquals(new double[] {0, 1}, new double[] {identity.low(), identity.high()});
        assertEquals(3.25f, identity.normalize(3.25f));
        assertThrows(IllegalArgumentException.class, () -> Normalizer.fixed(5, 1));
        assertThrows(IllegalArgumentException.class, () -> Normalizer.fixed(Double.NaN, 1));
    }

    private static void assertRange(double low, double high, Normalizer n) {
        assertEquals(low, n.low(), 1e-9, "low");
        assertEquals(high, n.high(), 1e-9, "high");
    }
}
