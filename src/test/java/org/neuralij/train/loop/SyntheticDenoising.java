package org.neuralij.train.loop;

import org.neuralij.train.data.TrainingData;
import java.util.Random;

/** Smooth random patterns with Gaussian noise: a denoising task small enough to learn in a few dozen steps. */
final class SyntheticDenoising implements TrainingData {

    private final int patch;
    private final float sigma;
    private final float[][] validationInputs;
    private final float[][] validationTargets;
    private int nanFromBatch = Integer.MAX_VALUE;
    private int nanUntilBatch = Integer.MAX_VALUE;
    private int batches;

    SyntheticDenoising(int patch, float sigma, int validationCount) {
        this.patch = patch;
        this.sigma = sigma;
        Random fixed = new Random(99);
        validationInputs = new float[validationCount][patch * patch];
        validationTargets = new float[validationCount][patch * patch];
        for (int i = 0; i < validationCount; i++) pair(fixed, validationInputs[i], validationTargets[i], 0);
    }

    /** From the given batch on, targets contain NaN (a corrupt image in the data). */
    SyntheticDenoising poisonFrom(int batch) {
        nanFromBatch = batch;
        return this;
    }

    /** Only the given batch contains NaN: a numerical accident that does not happen again when the same steps are replayed. */
    SyntheticDenoising poisonOnce(int batch) {
        nanFromBatch = batch;
        nanUntilBatch = batch;
        return this;
    }

    private void pair(Random random, float[] input, float[] target, int offset) {
        double fx = 0.1 + 0.5 * random.nextDouble();
        double fy = 0.1 + 0.5 * random.nextDouble();
        double phase = random.nextDouble() * 6;
        for (int y = 0; y < patch; y++) {
            for (int x = 0; x < patch; x++) {
                float clean = (float) (0.5 + 0.4 * Math.sin(fx * x + phase) * Math.cos(fy * y));
                target[offset + y * patch + x] = clean;
                input[offset + y * patch + x] = clean + (float) (sigma * random.nextGaussian());
            }
        }
    }

    @Override
    public int inputChannels() {
        return 1;
    }

    @Override
    public int targetChannels() {
        return 1;
    }

    @Override
    public int patch() {
        return patch;
    }

    @Override
    public int scale() {
        return 1;
    }

    @Override
    public void trainingBatch(Random random, int batch, float[] inputs, float[] targets) {
        for (int b = 0; b < batch; b++) pair(random, inputs, targets, b * patch * patch);
        batches++;
        if (batches >= nanFromBatch && batches <= nanUntilBatch) targets[0] = Float.NaN;
    }

    @Override
    public int validationCount() {
        return validationInputs.length;
    }

    @Override
    public void validationPatch(int index, float[] input, float[] target) {
        System.arraycopy(validationInputs[index], 0, input, 0, input.length);
        System.arraycopy(validationTargets[index], 0, target, 0, target.length);
    }

    /** Mean absolute difference between noisy input and clean target of the validation patches: what doing nothing scores. */
    double identityValidationLoss() {
        double sum = 0;
        for (int i = 0; i < validationInputs.length; i++)
            for (int p = 0; p < patch * patch; p++) sum += Math.abs(validationInputs[i][p] - validationTargets[i][p]);
        return sum / (validationInputs.length * patch * patch);
    }
}
