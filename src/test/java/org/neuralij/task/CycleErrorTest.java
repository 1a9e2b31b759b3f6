package org.neuralij.task;

import ij.ImagePlus;
import ij.process.FloatProcessor;
import org.junit.jupiter.api.Test;
import org.neuralij.model.ModelManifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cycle L1 is measured in the network's −1..1 values of the input: a shift of 5 % of the input's range is 0.1. */
class CycleErrorTest {

    private static final ModelManifest.NormalizationSpec MIN_MAX = ModelManifest.NormalizationSpec.minMax().withRange("-1..1");

    @Test
    void anImageIsItsOwnPerfectReconstruction() {
        ImagePlus image = ramp(0);
        assertEquals(0, CycleError.of(image, ramp(0), MIN_MAX), 1e-12);
    }

    @Test
    void aShiftOfFivePercentOfTheRangeIsOneTenth() {
        assertEquals(0.1, CycleError.of(ramp(0), ramp(5), MIN_MAX), 1e-6);
    }

    /** Values offset … offset + 100 along x. */
    private static ImagePlus ramp(float offset) {
        float[] pixels = new float[101 * 3];
        for (int i = 0; i < pixels.length; i++) pixels[i] = offset + i % 101;
        return new ImagePlus("ramp", new FloatProcessor(101, 3, pixels));
    }
}
