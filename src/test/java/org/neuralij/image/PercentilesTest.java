package org.neuralij.image;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PercentilesTest {

    /** numpy.percentile's definition on a sorted copy: the reference the selection must reproduce. */
    private static double bySorting(float[] values, double percent) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = percent / 100.0 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return fraction < 0.5 ? sorted[below] + (sorted[above] - sorted[below]) * fraction
                : sorted[above] - (sorted[above] - sorted[below]) * (1 - fraction);
    }

    @Test
    void selectionAgreesWithSortingOnRandomDataWithManyTies() {
        Random random = new Random(9);
        for (int trial = 0; trial < 200; trial++) {
            float[] values = new float[1 + random.nextInt(500)];
            int levels = 1 + random.nextInt(20);
            for (int i = 0; i < values.length; i++) values[i] = trial % 2 == 0 ? random.nextInt(levels) : (float) random.nextGaussian();
            for (double percent : new double[] {0, 1, 37.5, 50, 99.8, 100}) {
                assertEquals(bySorting(values, percent), Percentiles.linear(values.clone(), percent), 1e-6, "trial " + trial + " p" + percent);
            }
        }
    }

    @Test
    void aConstantArrayHasThatValueAtEveryPercentile() {
        float[] values = new float[100_000];
        Arrays.fill(values, 7f);
        assertEquals(7.0, Percentiles.linear(values, 99.8));
    }
}
