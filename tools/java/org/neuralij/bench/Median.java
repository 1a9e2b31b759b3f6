package org.neuralij.bench;

import java.util.Arrays;

/** The median of repeated timings. */
final class Median {

    private Median() {
    }

    static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
