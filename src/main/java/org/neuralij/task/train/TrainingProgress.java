package org.neuralij.task.train;

import org.neuralij.image.Preview;

/**
 * What Train Model tells its front end (the Fiji monitor, a script, a recipe) and how the front end stops it: the
 * task-level view of a training, with nothing of the networks or the loop inside.
 */
public interface TrainingProgress {

    /** Reports nothing and never stops a training. */
    TrainingProgress NONE = new TrainingProgress() {
    };

    /** After each step; {@code secondsLeft} is the estimate for the rest of the training. */
    default void stepDone(int step, int totalSteps, double loss, double secondsLeft) {
    }

    /** After each epoch, with the network's output on a fixed sample; {@code preview} is null when there is none to show. */
    default void epochDone(EpochSummary epoch, int epochs, Preview preview) {
    }

    /** Something the user should read in the Log: a note on the inputs, a return to a checkpoint, a validation that was not finite. */
    default void notice(String message) {
    }

    /** Asked before each step; a stop writes a checkpoint first, so that the same command resumes. */
    default boolean stopRequested() {
        return Thread.currentThread().isInterrupted();
    }
}
