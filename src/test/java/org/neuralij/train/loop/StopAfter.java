package org.neuralij.train.loop;

import java.util.concurrent.atomic.AtomicInteger;

/** A training listener that asks to stop once the training has reached a given step, as a user pressing Stop would. */
public final class StopAfter implements TrainingListener {

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
    public boolean stopRequested() {
        return reached.get() >= step;
    }
}
