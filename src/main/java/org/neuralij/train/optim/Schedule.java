package org.neuralij.train.optim;

/** A hyper-parameter (learning rate, momentum) as a function of the optimisation step (1-based), like DJL's trackers but known to be a pure function of the step, so that a resumed training continues it exactly. */
@FunctionalInterface
public interface Schedule {

    float at(int step);

    static Schedule constant(float value) {
        return step -> value;
    }
}
