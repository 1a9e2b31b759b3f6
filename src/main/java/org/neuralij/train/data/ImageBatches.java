package org.neuralij.train.data;

import java.util.Random;

/** Random batches of real images (values in [-1, 1], to match a tanh output) for training a generator from noise. */
public interface ImageBatches {

    int channels();

    int size();

    void batch(Random random, int batch, float[] target);
}
