package org.neuralij.task.train;

import org.neuralij.image.Preview;
import org.neuralij.train.loop.TrainingListener;
import org.neuralij.train.loop.TrainingState;

/**
 * The trainer's listener that passes a training's news and the stop request on to the front end's
 * {@link TrainingProgress}, in task-level terms; subclasses also save the model.
 */
class ForwardingListener implements TrainingListener {

    private final TrainingProgress progress;

    ForwardingListener(TrainingProgress progress) {
        this.progress = progress;
    }

    static EpochSummary summary(TrainingState.EpochRecord record) {
        return new EpochSummary(record.epoch(), record.trainingLoss(), record.validationLoss(), record.seconds());
    }

    @Override
    public void stepDone(int globalStep, int totalSteps, double loss, double secondsLeft) {
        progress.stepDone(globalStep, totalSteps, loss, secondsLeft);
    }

    @Override
    public void epochDone(TrainingState.EpochRecord record, int epochs, float[] preview) {
        progress.epochDone(summary(record), epochs, Preview.ofSquarePatch(preview));
    }

    @Override
    public void epochDone(TrainingState.EpochRecord record, int epochs, Preview preview) {
        progress.epochDone(summary(record), epochs, preview);
    }

    @Override
    public void notice(String message) {
        progress.notice(message);
    }

    @Override
    public boolean stopRequested() {
        return progress.stopRequested();
    }
}
