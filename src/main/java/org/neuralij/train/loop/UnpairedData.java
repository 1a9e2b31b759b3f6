package org.neuralij.train.loop;

import java.util.Random;

/** Random batches from two domains with no pairing between them (CycleGAN), values in [-1, 1] to match a tanh output. */
public interface UnpairedData {

    int channelsA();

    int channelsB();

    int patch();

    void batchA(Random random, int batch, float[] target);

    void batchB(Random random, int batch, float[] target);
}
