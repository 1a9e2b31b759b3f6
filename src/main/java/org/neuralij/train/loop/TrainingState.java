package org.neuralij.train.loop;

import java.util.ArrayList;
import java.util.List;

/** Where a training is, and the losses of the epochs done: what a checkpoint records besides the weights and the optimizer's moments. */
public record TrainingState(int epoch, int stepInEpoch, int globalStep, double bestValidationLoss, List<EpochRecord> history) {

    public record EpochRecord(int epoch, double trainingLoss, double validationLoss, double learningRate, double seconds) {
    }

    public static TrainingState start() {
        return new TrainingState(0, 0, 0, Double.POSITIVE_INFINITY, List.of());
    }

    public TrainingState afterStep(int stepsPerEpoch) {
        int next = stepInEpoch + 1;
        return next == stepsPerEpoch ? new TrainingState(epoch + 1, 0, globalStep + 1, bestValidationLoss, history)
                : new TrainingState(epoch, next, globalStep + 1, bestValidationLoss, history);
    }

    /** The same state, also counting a validation loss reached outside the epochs (averaged weights). */
    public TrainingState withBestValidationLoss(double validationLoss) {
        return new TrainingState(epoch, stepInEpoch, globalStep, Math.min(bestValidationLoss, validationLoss), history);
    }

    public TrainingState withEpoch(EpochRecord record) {
        List<EpochRecord> longer = new ArrayList<>(history);
        longer.add(record);
        return new TrainingState(epoch, stepInEpoch, globalStep, Math.min(bestValidationLoss, record.validationLoss()), List.copyOf(longer));
    }
}
