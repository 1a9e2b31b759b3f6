package org.neuralij.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neuralij.image.FloatImage;

class PatchSamplerTest {

    /** Distinct values everywhere, so a wrong mapping cannot go unnoticed. */
    static FloatImage ramp(int channels, int width, int height) {
        FloatImage image = FloatImage.zeros(channels, width, height);
        for (int i = 0; i < image.data().length; i++) {
            image.data()[i] = i;
        }
        return image;
    }

    static float f(float v) {
        return 3 * v + 1;
    }

    /** target(s*x + i, s*y + j) = f(input(x, y)). */
    static FloatImage upscaledF(FloatImage input, int scale) {
        FloatImage target = FloatImage.zeros(input.channels(), input.width() * scale, input.height() * scale);
        for (int c = 0; c < input.channels(); c++) {
            for (int y = 0; y < target.height(); y++) {
                for (int x = 0; x < target.width(); x++) {
                    target.set(c, x, y, f(input.get(c, x / scale, y / scale)));
                }
            }
        }
        return target;
    }

    @Test
    void everyOrientationKeepsInputAndTargetInStep() {
        for (int scale : new int[] {1, 2}) {
            FloatImage input = ramp(2, 30, 25);
            PatchSampler sampler = new PatchSampler(
                    List.of(new TrainingPair("p", input, upscaledF(input, scale))), 8, scale, Augmentation.orientations(), PatchRoles.images());
            Set<Orientation> seen = EnumSet.noneOf(Orientation.class);
            Random random = new Random(11);
            for (Patch patch : sampler.batch(200, random)) {
                seen.add(patch.orientation());
                assertEquals(8, patch.input().width());
                assertEquals(8 * scale, patch.target().width());
                assertArrayEquals(upscaledF(patch.input(), scale).data(), patch.target().data(),
                        patch.orientation() + " at scale " + scale);
            }
            assertEquals(EnumSet.allOf(Orientation.class), seen);
        }
    }

    @Test
    void orientationsAreTheEightDistinctSymmetriesOfTheSquare() {
        FloatImage square = ramp(1, 3, 3);
        Set<List<Float>> results = new java.util.HashSet<>();
        for (Orientation o : Orientation.values()) {
            float[] d = o.apply(square).data();
            Float[] boxed = new Float[d.length];
            for (int i = 0; i < d.length; i++) {
                boxed[i] = d[i];
            }
            results.add(List.of(boxed));
        }
        assertEquals(8, results.size());
        // rotating by 90 degrees four times is the identity
        FloatImage turned = square;
        for (int i = 0; i < 4; i++) {
            turned = Orientation.ROTATE_90.apply(turned);
        }
        assertArrayEquals(square.data(), turned.data());
    }

    @Test
    void fixedPatchesAreTheSameOnEveryCallAndUnaugmented() {
        FloatImage a = ramp(1, 20, 20);
        FloatImage b = ramp(1, 24, 20);
        PatchSampler sampler = PatchSampler.unaugmented(
                List.of(new TrainingPair("a", a, a), new TrainingPair("b", b, b)), 6, 1);
        List<Patch> first = sampler.fixedPatches(6, 5);
        List<Patch> second = sampler.fixedPatches(6, 5);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).input().data(), second.get(i).input().data());
            assertEquals(Orientation.IDENTITY, first.get(i).orientation());
            assertEquals(i % 2 == 0 ? "a" : "b", first.get(i).source());
        }
    }

    @Test
    void imageSmallerThanThePatchIsNamedWithAPatchThatFits() {
        FloatImage small = ramp(1, 40, 30);
        FloatImage big = ramp(1, 100, 100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PatchSampler.unaugmented(
                List.of(new TrainingPair("big.tif", big, big), new TrainingPair("small.tif", small, small)), 64, 1));
        assertTrue(e.getMessage().contains("Image 'small.tif' is 40x30 px, smaller than the 64x64 px patch"),
                e.getMessage());
        assertTrue(e.getMessage().contains("patch size of at most 30"), e.getMessage());
    }

    @Test
    void targetOfTheWrongScaleIsRefused() {
        FloatImage input = ramp(1, 10, 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PatchSampler.unaugmented(List.of(new TrainingPair("p", input, input)), 4, 2));
        assertTrue(e.getMessage().contains("the target must be 20x20 px"), e.getMessage());
    }
}
