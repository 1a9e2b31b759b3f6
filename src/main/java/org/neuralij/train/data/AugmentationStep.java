package org.neuralij.train.data;

import java.util.Random;

/**
 * One step of an {@link Augmentation}. Geometric steps ({@link Mirror}, {@link QuarterTurns}, {@link Zoom}) act on
 * input and target together as the patch is cut; the {@link ValueStep}s then change its values in the order written.
 */
public sealed interface AugmentationStep permits Mirror, QuarterTurns, Zoom, AugmentationStep.ValueStep {

    /** This step in the syntax of {@link Augmentation#parse}, e.g. "zoom=0.5-2". */
    String spec();

    /** A step that changes values, drawing its parameters from {@code random}. */
    non-sealed interface ValueStep extends AugmentationStep {
        void apply(PatchValues values, Random random);
    }
}
