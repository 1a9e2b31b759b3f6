package org.neuralij.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neuralij.image.FloatImage;

class AugmentationTest {

    private static final PatchRoles LABELS = new PatchRoles(PatchRoles.TargetValues.LABELS, 0);

    /** Value x / 10 + y / 100 at (x, y): smooth, and distinct everywhere. */
    private static FloatImage plane(int size) {
        FloatImage image = FloatImage.zeros(1, size, size);
        for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) image.set(0, x, y, x / 10f + y / 100f);
        return image;
    }

    /** Class numbers 0, 1, 2 in vertical stripes 4 px wide. */
    private static FloatImage stripes(int size) {
        FloatImage image = FloatImage.zeros(1, size, size);
        for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) image.set(0, x, y, (x / 4) % 3);
        return image;
    }

    private static PatchSampler sampler(String spec, FloatImage input, FloatImage target, int patch, PatchRoles roles) {
        return new PatchSampler(List.of(new TrainingPair("p", input, target)), patch, 1, Augmentation.parse(spec), roles);
    }

    private static Set<Orientation> orientationsOf(String spec) {
        PatchSampler sampler = sampler(spec, plane(20), plane(20), 8, PatchRoles.images());
        Set<Orientation> seen = EnumSet.noneOf(Orientation.class);
        for (Patch patch : sampler.batch(400, new Random(3))) seen.add(patch.orientation());
        return seen;
    }

    @Test
    void theSpecReadsBackAndNoneIsNoStep() {
        String spec = "flip,rot90,zoom=0.5-2,scale=0.4-1.5,gamma=0.7-1.4,field=0-1,offset=-0.1-0.6,blur=0-3,noise=0-0.1";
        assertEquals(spec, Augmentation.parse(spec).spec());
        assertEquals(spec, Augmentation.parse(Augmentation.parse(spec).spec()).spec());
        assertEquals("flip=x,offset=-0.3--0.1", Augmentation.parse(" flip=X , offset=-0.3--0.1 ").spec());
        assertEquals("none", Augmentation.parse("none").spec());
        assertTrue(Augmentation.parse("none").steps().isEmpty());
        assertTrue(Augmentation.parse("flip,zoom=0.5-2").steps().size() == 2 && !Augmentation.parse("flip,zoom=0.5-2").changesValues());
        assertTrue(Augmentation.parse("noise=0.1").changesValues());
    }

    @Test
    void badStepsAreRefusedSayingWhatToWrite() {
        assertMessage("flip,twirl", "Bad augmentation step \"twirl\": there is no such step; known steps: flip, flip=x");
        assertMessage("zoom", "\"zoom\": it needs a value, e.g. zoom=0.5-2");
        assertMessage("zoom=0-2", "give factors above 0 and at most 8");
        assertMessage("zoom=2-0.5", "the minimum 2 is above the maximum 0.5");
        assertMessage("zoom=0.5-1,zoom=1-2", "zooms twice");
        assertMessage("flip=z", "flip=x left-right only");
        assertMessage("rot90=2", "write just \"rot90\"");
        assertMessage("scale=0-2", "give factors above 0");
        assertMessage("gamma=abc", "expected a number or a range MIN-MAX");
        assertMessage("noise=-0.1-0.1", "give standard deviations of 0 or more");
        assertMessage("flip,none", "none stands alone");
        assertMessage(" ", "The augmentation is empty");
    }

    private static void assertMessage(String spec, String expected) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> Augmentation.parse(spec));
        assertTrue(failure.getMessage().contains(expected), failure.getMessage());
    }

    @Test
    void flipsAndQuarterTurnsGiveTheOrientationsTheyGenerate() {
        assertEquals(EnumSet.of(Orientation.IDENTITY), orientationsOf("none"));
        assertEquals(EnumSet.of(Orientation.IDENTITY, Orientation.FLIP_X), orientationsOf("flip=x"));
        assertEquals(EnumSet.of(Orientation.IDENTITY, Orientation.FLIP_X, Orientation.FLIP_Y, Orientation.ROTATE_180), orientationsOf("flip"));
        assertEquals(EnumSet.of(Orientation.IDENTITY, Orientation.ROTATE_90, Orientation.ROTATE_180, Orientation.ROTATE_270), orientationsOf("rot90"));
        assertEquals(EnumSet.allOf(Orientation.class), orientationsOf("flip,rot90"));
        assertEquals(EnumSet.allOf(Orientation.class), orientationsOf("flip=x,rot90"));
    }

    @Test
    void zoomEnlargesInputAndLabelsTogetherAndKeepsLabelsWhole() {
        FloatImage input = plane(64);
        FloatImage labels = stripes(64);
        for (double zoom : new double[] {0.5, 2}) {
            PatchSampler sampler = sampler("zoom=" + zoom, input, labels, 16, LABELS);
            for (Patch patch : sampler.batch(20, new Random(5))) {
                double step = patch.input().get(0, 9, 4) - patch.input().get(0, 8, 4);
                assertEquals(0.1 / zoom, step, 1e-4, "the input's horizontal step at zoom " + zoom);
                int changes = 0;
                for (int x = 0; x < 16; x++) {
                    float label = patch.target().get(0, x, 7);
                    assertTrue(label == 0 || label == 1 || label == 2, "a label stays a class number: " + label);
                    if (x > 0 && label != patch.target().get(0, x - 1, 7)) changes++;
                }
                // stripes of 4 px become 8 px at zoom 2 (at most 2 edges in 16 px) and 2 px at zoom 0.5 (at least 6)
                assertTrue(zoom == 2 ? changes <= 2 : changes >= 6, changes + " label edges across the patch at zoom " + zoom);
            }
        }
    }

    @Test
    void zoomOutOnAnImageTooSmallTakesTheWholeImage() {
        PatchSampler sampler = sampler("zoom=0.25", plane(24), plane(24), 16, PatchRoles.images());
        Patch patch = sampler.next(new Random(1));
        assertEquals(16, patch.input().width());
        assertEquals(0.1 * 24 / 16, patch.input().get(0, 9, 4) - patch.input().get(0, 8, 4), 0.01, "the whole 24 px image in 16 px");
    }

    @Test
    void sceneStepsChangeAnImageTargetWithItsInputButNeverLabelsOrMasks() {
        FloatImage input = plane(16);
        Patch images = sampler("scale=2,offset=0.5", input, input, 16, PatchRoles.images()).next(new Random(1));
        Patch labels = sampler("scale=2,offset=0.5", input, stripes(16), 16, LABELS).next(new Random(1));
        for (int i = 0; i < 256; i++) {
            float expected = 2 * input.data()[i] + 0.5f;
            assertEquals(expected, images.input().data()[i], 1e-5);
            assertEquals(expected, images.target().data()[i], 1e-5);
            assertEquals(expected, labels.input().data()[i], 1e-5);
            assertEquals(stripes(16).data()[i], labels.target().data()[i]);
        }
        FloatImage withMask = FloatImage.zeros(2, 16, 16);
        System.arraycopy(input.data(), 0, withMask.data(), 0, 256);
        for (int i = 256; i < 512; i++) withMask.data()[i] = (i % 3 == 0) ? 1 : 0;
        Patch inpaint = sampler("scale=3,field=1", withMask, withMask, 16, new PatchRoles(PatchRoles.TargetValues.LIKE_INPUT, 1)).next(new Random(2));
        for (int i = 256; i < 512; i++) {
            assertEquals(withMask.data()[i], inpaint.input().data()[i], "the hole mask of the input is unchanged");
            assertEquals(withMask.data()[i], inpaint.target().data()[i], "the hole mask of the target is unchanged");
        }
        assertArrayEquals(java.util.Arrays.copyOf(inpaint.input().data(), 256), java.util.Arrays.copyOf(inpaint.target().data(), 256),
                "image channels of input and target change alike");
    }

    @Test
    void blurAndNoiseChangeTheInputOnly() {
        FloatImage input = stripes(32);
        for (String spec : new String[] {"blur=1.5", "noise=0.1"}) {
            Patch patch = sampler(spec, input, input, 32, PatchRoles.images()).next(new Random(4));
            assertArrayEquals(input.data(), patch.target().data(), spec + " leaves the target sharp and clean");
            double change = 0;
            for (int i = 0; i < input.data().length; i++) change += Math.abs(patch.input().data()[i] - input.data()[i]);
            assertTrue(change / input.data().length > 0.05, spec + " changes the input: mean change " + change / input.data().length);
        }
    }

    @Test
    void aBackgroundFieldIsSmoothAndRisesByItsAmplitude() {
        FloatImage flat = FloatImage.zeros(1, 48, 48);
        PatchSampler sampler = sampler("field=0.8", flat, flat, 48, PatchRoles.images());
        Random random = new Random(9);
        for (int n = 0; n < 30; n++) {
            Patch patch = sampler.next(random);
            float[] field = patch.input().data();
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            double steepest = 0;
            for (int y = 0; y < 48; y++) {
                for (int x = 0; x < 48; x++) {
                    double v = field[y * 48 + x];
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                    if (x > 0) steepest = Math.max(steepest, Math.abs(v - field[y * 48 + x - 1]));
                }
            }
            assertEquals(0.8, high - low, 0.06, "the field's rise across the patch");
            assertTrue(low >= -1e-6, "a background is added, never taken away: minimum " + low);
            assertTrue(steepest < 0.1, "smooth: steepest step between neighbours " + steepest);
            assertArrayEquals(field, patch.target().data(), 1e-6f, "an image target sees the same background");
        }
    }

    @Test
    void gammaKeepsBlackAndWhiteAndStaysOrdered() {
        FloatImage ramp = FloatImage.zeros(1, 16, 16);
        for (int i = 0; i < 256; i++) ramp.data()[i] = -0.5f + 2f * i / 255;
        Random random = new Random(6);
        PatchSampler sampler = sampler("gamma=0.5-2", ramp, ramp, 16, PatchRoles.images());
        Set<Float> middles = new java.util.HashSet<>();
        for (int n = 0; n < 10; n++) {
            float[] values = sampler.next(random).input().data();
            for (int i = 1; i < 256; i++) assertTrue(values[i] > values[i - 1], "ordered at " + i);
            for (int i = 0; i < 256; i++) {
                if (ramp.data()[i] <= 0) assertEquals(ramp.data()[i], values[i], 1e-6);
            }
            middles.add(values[96]);
        }
        assertTrue(middles.size() > 5, "a gamma drawn per patch");
    }

    @Test
    void theSameSeedGivesTheSamePatchesAndValidationIsNeverAugmented() {
        FloatImage input = plane(40);
        String spec = "flip,rot90,zoom=0.5-2,scale=0.4-1.5,gamma=0.7-1.4,field=0-1,offset=-0.1-0.6,blur=0-3,noise=0-0.1";
        PatchSampler sampler = sampler(spec, input, stripes(40), 16, LABELS);
        List<Patch> first = sampler.batch(12, new Random(8));
        List<Patch> second = sampler.batch(12, new Random(8));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).input().data(), second.get(i).input().data());
            assertArrayEquals(first.get(i).target().data(), second.get(i).target().data());
        }
        assertNotEquals(first.get(0).input().data()[0], sampler.batch(1, new Random(9)).get(0).input().data()[0]);
        for (Patch patch : sampler.fixedPatches(4, 1)) {
            assertEquals(Orientation.IDENTITY, patch.orientation());
            assertArrayEquals(input.crop(patch.x(), patch.y(), 16, 16).data(), patch.input().data(), "validation patches are cut as they are");
        }
    }
}
