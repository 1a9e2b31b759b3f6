package org.neuralij.train.data;

import java.util.Random;

/** Random batches from two domains with no pairing between them (CycleGAN), values in [-1, 1] to match a tanh output. */
public interface UnpairedData {

    int channelsA();

    int channelsB();

    int patch();

    void batchA(Random random, int batch, float[] target);

    void batchB(Random random, int batch, float[] target);

    /** The fixed sample of A the preview shows each epoch (channelsA × patch × patch); best one not trained on. */
    default float[] previewA() {
        float[] sample = new float[channelsA() * patch() * patch()];
        batchA(new Random(0), 1, sample);
        return sample;
    }

    /** The fixed sample of B the preview shows each epoch (channelsB × patch × patch); best one not trained on. */
    default float[] previewB() {
        float[] sample = new float[channelsB() * patch() * patch()];
        batchB(new Random(0), 1, sample);
        return sample;
    }
}
