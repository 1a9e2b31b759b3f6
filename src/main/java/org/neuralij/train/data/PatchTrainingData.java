package org.neuralij.train.data;


import java.util.List;
import java.util.Random;

/** Training batches from a {@link PatchSampler} and a fixed list of validation patches, as the training loop takes them. */
public final class PatchTrainingData implements TrainingData {

    private final PatchSampler sampler;
    private final List<Patch> validation;
    private final int inputChannels;
    private final int targetChannels;

    public PatchTrainingData(PatchSampler sampler, List<Patch> validation, int inputChannels, int targetChannels) {
        this.sampler = sampler;
        this.validation = List.copyOf(validation);
        this.inputChannels = inputChannels;
        this.targetChannels = targetChannels;
    }

    @Override
    public int inputChannels() {
        return inputChannels;
    }

    @Override
    public int targetChannels() {
        return targetChannels;
    }

    @Override
    public int patch() {
        return sampler.patchSize();
    }

    @Override
    public int scale() {
        return sampler.scale();
    }

    @Override
    public void trainingBatch(Random random, int batch, float[] inputs, float[] targets) {
        int inputSize = inputs.length / batch;
        int targetSize = targets.length / batch;
        for (int b = 0; b < batch; b++) {
            Patch patch = sampler.next(random);
            System.arraycopy(patch.input().data(), 0, inputs, b * inputSize, inputSize);
            System.arraycopy(patch.target().data(), 0, targets, b * targetSize, targetSize);
        }
    }

    @Override
    public int validationCount() {
        return validation.size();
    }

    @Override
    public void validationPatch(int index, float[] input, float[] target) {
        System.arraycopy(validation.get(index).input().data(), 0, input, 0, input.length);
        System.arraycopy(validation.get(index).target().data(), 0, target, 0, target.length);
    }
}
