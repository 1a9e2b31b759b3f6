package org.neuralij.train.data;

import java.util.Random;

/** Patches for supervised training: random training batches and a fixed set of validation patches. */
public interface TrainingData {

    int inputChannels();

    int targetChannels();

    /** Side of the input patches; targets are {@code scale} times larger. */
    int patch();

    int scale();

    /** Fills {@code inputs} (batch × inputChannels × patch²) and {@code targets} with a random batch drawn with {@code random}. */
    void trainingBatch(Random random, int batch, float[] inputs, float[] targets);

    int validationCount();

    /** The fixed validation patch {@code index}, the same every epoch. */
    void validationPatch(int index, float[] input, float[] target);
}
