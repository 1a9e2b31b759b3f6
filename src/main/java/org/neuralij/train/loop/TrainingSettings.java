package org.neuralij.train.loop;

/** How long and how fast to train: epochs of {@code stepsPerEpoch} batches, one-cycle schedule up to {@code learningRate}. */
public record TrainingSettings(int epochs, int stepsPerEpoch, int batch, float learningRate, int checkpointEverySteps, long seed) {

    public TrainingSettings {
        if (epochs < 1) throw new IllegalArgumentException("epochs=" + epochs + ": train for at least 1 epoch.");
        if (batch < 1) throw new IllegalArgumentException("batch=" + batch + ": the batch must hold at least 1 patch.");
        if (stepsPerEpoch < 1) throw new IllegalArgumentException("an epoch needs at least one step, not " + stepsPerEpoch);
        if (!(learningRate > 0) || learningRate > 1) throw new IllegalArgumentException("lr=" + learningRate + ": use a learning rate between 0 and 1, e.g. 1e-3.");
    }

    public int totalSteps() {
        return epochs * stepsPerEpoch;
    }
}
