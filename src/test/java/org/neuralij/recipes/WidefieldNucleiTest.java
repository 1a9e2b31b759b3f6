package org.neuralij.recipes;

import ij.ImagePlus;
import ij.process.ImageProcessor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The robustness suite's images are what their conditions say: bit depth, offset, brightness, illumination and size. */
class WidefieldNucleiTest {

    private static final int SIZE = 192;

    private static double mean(ImageProcessor pixels, int[] instances, boolean inside, int x0, int x1) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = x0; x < x1; x++) {
                if ((instances[y * SIZE + x] > 0) != inside) continue;
                sum += pixels.get(x, y);
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void theSameSeedGivesTheSameImageAndAnotherSeedAnother() {
        NucleiConditions reference = NucleiConditions.reference();
        ImagePlus first = WidefieldNuclei.generate(reference, SIZE, 5).image();
        ImagePlus again = WidefieldNuclei.generate(reference, SIZE, 5).image();
        assertArrayEquals((short[]) first.getProcessor().getPixels(), (short[]) again.getProcessor().getPixels());
        assertTrue(WidefieldNuclei.generate(reference, SIZE, 6).image().getProcessor().get(50, 50) != first.getProcessor().get(50, 50)
                || WidefieldNuclei.generate(reference, SIZE, 6).count() != WidefieldNuclei.generate(reference, SIZE, 5).count());
    }

    @Test
    void cameraDataSitOnTheOffsetWithTheStatedBrightness() {
        WidefieldNuclei nuclei = WidefieldNuclei.generate(NucleiConditions.reference(), SIZE, 1);
        ImageProcessor pixels = nuclei.image().getProcessor();
        assertEquals(16, nuclei.image().getBitDepth());
        int[] instances = nuclei.instances();
        double background = mean(pixels, instances, false, 0, SIZE);
        double inside = mean(pixels, instances, true, 0, SIZE);
        assertEquals(100 + 200, background, 40, "offset 100 + background 200 counts (blur spills a little signal)");
        assertTrue(inside - background > 500 && inside - background < 1100, "nuclei about 800 counts above: " + (inside - background));
        WidefieldNuclei eightBit = WidefieldNuclei.generate(NucleiConditions.variations().get(7), SIZE, 1);
        assertEquals(8, eightBit.image().getBitDepth());
    }

    @Test
    void aGradientRaisesOneSideByItsAmplitudeTimesTheContrast() {
        NucleiConditions gradient = NucleiConditions.reference().withField(NucleiConditions.Field.GRADIENT, 2);
        WidefieldNuclei flat = WidefieldNuclei.generate(NucleiConditions.reference(), SIZE, 3);
        WidefieldNuclei raised = WidefieldNuclei.generate(gradient, SIZE, 3);
        int[] instances = flat.instances();
        assertArrayEquals(instances, raised.instances(), "the field changes light, not nuclei");
        double[] rise = new double[2];
        for (int side = 0; side < 2; side++) {
            int x0 = side == 0 ? 0 : SIZE - 24;
            double change = 0;
            int n = 0;
            for (int y = 0; y < SIZE; y++) {
                for (int x = x0; x < x0 + 24; x++) {
                    change += raised.image().getProcessor().get(x, y) - flat.image().getProcessor().get(x, y);
                    n++;
                }
            }
            rise[side] = change / n;
        }
        assertTrue(Math.abs(rise[0] - rise[1]) > 400, "the two sides differ by a good part of 2 x 800 counts: " + rise[0] + " / " + rise[1]);
    }

    @Test
    void nucleiHaveTheStatedSizes() {
        for (NucleiConditions conditions : new NucleiConditions[] {NucleiConditions.variations().get(4), NucleiConditions.variations().get(5)}) {
            WidefieldNuclei nuclei = WidefieldNuclei.generate(conditions, 384, 2);
            int[] area = new int[nuclei.count() + 1];
            for (int label : nuclei.instances()) area[label]++;
            double meanRadius = 0;
            int seen = 0;
            for (int n = 1; n < area.length; n++) {
                if (area[n] == 0) continue;
                meanRadius += Math.sqrt(area[n] / Math.PI);
                seen++;
            }
            meanRadius /= seen;
            double middle = (conditions.radiusMin() + conditions.radiusMax()) / 2;
            assertEquals(middle, meanRadius, 0.25 * middle, conditions.name() + ": mean radius from area");
            assertTrue(seen > 10, conditions.name() + ": " + seen + " nuclei");
        }
    }
}
