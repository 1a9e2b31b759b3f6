package org.neuralij.train.loop;

import org.neuralij.task.train.TrainingProgress;
import java.util.concurrent.atomic.AtomicInteger;

/** A training listener (of a trainer, or of Train Model) that asks to stop once the training has reached a given step, as a user pressing Stop would. */
public final class StopAfter implements TrainingListener, TrainingProgress {

    private final int step;
    private final AtomicInteger reached = new AtomicInteger();

    private StopAfter(int step) {
        this.step = step;
    }

    public static StopAfter step(int step) {
        return new StopAfter(step);
    }

    @Override
    public void stepDone(int globalStep, int totalSteps, double loss, double secondsLeft) {
        reached.set(globalStep);
    }

    @Override
    public void notice(String message) {
    }

    @Override
    public boolean stopRequested() {
        return reached.get() >= step;
    }
}
