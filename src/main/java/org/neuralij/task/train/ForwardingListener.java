package org.neuralij.task.train;

import org.neuralij.train.loop.Preview;
import org.neuralij.train.loop.TrainingListener;
import org.neuralij.train.loop.TrainingState;

/** Passes a training's news and the stop request between the trainer and the front end's listener; subclasses save the model. */
abstract class ForwardingListener implements TrainingListener {

    private final TrainingListener delegate;

    ForwardingListener(TrainingListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void stepDone(int globalStep, int totalSteps, double loss, double secondsLeft) {
        delegate.stepDone(globalStep, totalSteps, loss, secondsLeft);
    }

    @Override
    public void epochDone(TrainingState.EpochRecord record, int epochs, float[] preview) {
        delegate.epochDone(record, epochs, preview);
    }

    @Override
    public void epochDone(TrainingState.EpochRecord record, int epochs, Preview preview) {
        delegate.epochDone(record, epochs, preview);
    }

    @Override
    public void notice(String message) {
        delegate.notice(message);
    }

    @Override
    public boolean stopRequested() {
        return delegate.stopRequested();
    }
}
