package org.neuralij.train.loop;

import ai.djl.nn.Block;

import java.io.IOException;
import org.neuralij.image.Preview;

/** What a training tells its front end, and how the front end stops it. */
public interface TrainingListener {

    /** After each step; {@code secondsLeft} is the estimate for the rest of the training. */
    default void stepDone(int globalStep, int totalSteps, double loss, double secondsLeft) {
    }

    /** After each epoch, with the network's output on the first validation patch (outputChannels × (scale·patch)²). */
    default void epochDone(TrainingState.EpochRecord record, int epochs, float[] preview) {
    }

    /**
     * After each epoch of a training whose preview is an image of its own layout (CycleGAN: a grid of real,
     * translated and reconstructed patches). By default the pixels go to {@link #epochDone(TrainingState.EpochRecord, int, float[])}.
     */
    default void epochDone(TrainingState.EpochRecord record, int epochs, Preview preview) {
        epochDone(record, epochs, preview.pixels());
    }

    /**
     * The validation loss improved — or, for CycleGAN, which has no validation loss, an epoch ended and
     * {@code block} is the pair of generators (A→B, B→A): the caller saves the network as the model.
     */
    default void betterModel(Block block, TrainingState.EpochRecord record) throws IOException {
    }

    /** Something the user should know about the training's inputs (e.g. a gray image used as RGB); once, before the first step. */
    default void notice(String message) {
    }

    /** Asked before each step; a stop writes a checkpoint first, so the training can resume. */
    default boolean stopRequested() {
        return Thread.currentThread().isInterrupted();
    }
}
