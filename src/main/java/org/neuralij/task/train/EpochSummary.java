package org.neuralij.task.train;

/** One finished epoch as the front end shows it: its number (from 1), its mean training loss, its validation value and its duration. */
public record EpochSummary(int epoch, double trainingLoss, double validationLoss, double seconds) {
}
