package org.neuralij.train.loop;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a training is, and the losses of the epochs done: what a checkpoint records besides the weights and the
 * optimizer's moments. {@code divergences} lists every time the loss became NaN or infinite and the training went
 * back to its last checkpoint, so that a model made by such a run says so.
 */
public record TrainingState(int epoch, int stepInEpoch, int globalStep, double bestValidationLoss, List<EpochRecord> history,
                            List<Divergence> divergences) {

    /**
     * One epoch's figures; {@code divergences} counts the returns to a checkpoint after a non-finite loss, in the
     * whole training up to the end of this epoch.
     */
    public record EpochRecord(int epoch, double trainingLoss, double validationLoss, double learningRate, double seconds, int divergences) {

        public EpochRecord(int epoch, double trainingLoss, double validationLoss, double learningRate, double seconds) {
            this(epoch, trainingLoss, validationLoss, learningRate, seconds, 0);
        }
    }

    /** The loss became non-finite at this global step (counted from 1), in this epoch (counted from 0). */
    public record Divergence(int step, int epoch) {
    }

    public TrainingState {
        history = history == null ? List.of() : List.copyOf(history);
        divergences = divergences == null ? List.of() : List.copyOf(divergences);
    }

    public TrainingState(int epoch, int stepInEpoch, int globalStep, double bestValidationLoss, List<EpochRecord> history) {
        this(epoch, stepInEpoch, globalStep, bestValidationLoss, history, List.of());
    }

    public static TrainingState start() {
        return new TrainingState(0, 0, 0, Double.POSITIVE_INFINITY, List.of(), List.of());
    }

    public TrainingState afterStep(int stepsPerEpoch) {
        int next = stepInEpoch + 1;
        return next == stepsPerEpoch ? new TrainingState(epoch + 1, 0, globalStep + 1, bestValidationLoss, history, divergences)
                : new TrainingState(epoch, next, globalStep + 1, bestValidationLoss, history, divergences);
    }

    /** The same state, also counting a validation loss reached outside the epochs (averaged weights). */
    public TrainingState withBestValidationLoss(double validationLoss) {
        return new TrainingState(epoch, stepInEpoch, globalStep, best(bestValidationLoss, validationLoss), history, divergences);
    }

    public TrainingState withEpoch(EpochRecord record) {
        List<EpochRecord> longer = new ArrayList<>(history);
        longer.add(record);
        return new TrainingState(epoch, stepInEpoch, globalStep, best(bestValidationLoss, record.validationLoss()), longer, divergences);
    }

    /** The same state, with these divergences added to those it had (a training that went back to this checkpoint). */
    public TrainingState withDivergences(List<Divergence> more) {
        List<Divergence> all = new ArrayList<>(divergences);
        for (Divergence divergence : more) if (!all.contains(divergence)) all.add(divergence);
        return new TrainingState(epoch, stepInEpoch, globalStep, bestValidationLoss, history, all);
    }

    /** Whether this validation loss beats the best so far: a NaN or infinite one never does. */
    public boolean improvesOn(double validationLoss) {
        return Double.isFinite(validationLoss) && validationLoss < bestValidationLoss;
    }

    private static double best(double sofar, double candidate) {
        return Double.isFinite(candidate) ? Math.min(sofar, candidate) : sofar;
    }
}
