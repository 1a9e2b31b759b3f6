package org.neuralij.train.loop;

/**
 * How long and how fast to train: epochs of {@code stepsPerEpoch} batches, one-cycle schedule up to {@code learningRate};
 * {@code averagedEpochs} &gt; 0 turns on stochastic weight averaging over that many last epochs (0 = off).
 */
public record TrainingSettings(int epochs, int stepsPerEpoch, int batch, float learningRate, int checkpointEverySteps, long seed, int averagedEpochs) {

    public TrainingSettings {
        if (epochs < 1) throw new IllegalArgumentException("epochs=" + epochs + ": train for at least 1 epoch.");
        if (batch < 1) throw new IllegalArgumentException("batch=" + batch + ": the batch must hold at least 1 patch.");
        if (stepsPerEpoch < 1) throw new IllegalArgumentException("an epoch needs at least one step, not " + stepsPerEpoch);
        if (!(learningRate > 0) || learningRate > 1) throw new IllegalArgumentException("lr=" + learningRate + ": use a learning rate between 0 and 1, e.g. 1e-3.");
        if (averagedEpochs < 0 || averagedEpochs > epochs) {
            throw new IllegalArgumentException("weight averaging over " + averagedEpochs + " epochs: use 0 (off) up to the " + epochs + " epochs of the training.");
        }
    }

    /** Without weight averaging. */
    public TrainingSettings(int epochs, int stepsPerEpoch, int batch, float learningRate, int checkpointEverySteps, long seed) {
        this(epochs, stepsPerEpoch, batch, learningRate, checkpointEverySteps, seed, 0);
    }

    /** The same settings with stochastic weight averaging over the last {@code epochs} epochs (0 = off). */
    public TrainingSettings withWeightAveraging(int epochs) {
        return new TrainingSettings(this.epochs, stepsPerEpoch, batch, learningRate, checkpointEverySteps, seed, epochs);
    }

    public int totalSteps() {
        return epochs * stepsPerEpoch;
    }

    /** Whether the weights at the end of this epoch (1-based) join the average. */
    public boolean averagesAfterEpoch(int epoch) {
        return epoch > epochs - averagedEpochs;
    }

    /** How many epoch-end snapshots the average holds once {@code epochsDone} epochs are done. */
    public int averagedAfter(int epochsDone) {
        return Math.max(0, Math.min(averagedEpochs, epochsDone - (epochs - averagedEpochs)));
    }
}
