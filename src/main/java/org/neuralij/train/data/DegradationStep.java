package org.neuralij.train.data;

import java.util.Random;

/** One step of a {@link Degradation}: draws its random parameters from {@code random} and never changes its input. */
public interface DegradationStep {

    Degraded apply(Degraded current, Random random);

    /** This step in the spec syntax of {@link Degradation#parse}, e.g. "jpeg=10-70". */
    String spec();

    /** How much smaller the step makes the image (1 if it keeps the size). */
    default int shrinkFactor() {
        return 1;
    }
}
