package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Adam on the point itself (β 0.9/0.999, constant learning rate): one evaluation per iteration,
 * no line search, so the value may rise; the best point seen is kept and returned. Stops after
 * {@code maxIterations} or when the observer says so.
 */
public final class AdamMinimizer implements Minimizer {

    private static final String POINT = "point";

    private final float learningRate;

    public AdamMinimizer(float learningRate) {
        if (!(learningRate > 0)) throw new IllegalArgumentException("Adam needs a learning rate above 0, not " + learningRate);
        this.learningRate = learningRate;
    }

    @Override
    public Minimization minimize(Objective objective, NDArray start, int maxIterations, IterationObserver observer) {
        if (maxIterations < 1) throw new IllegalArgumentException("At least 1 iteration is needed, not " + maxIterations);
        AdamOptimizer adam = new AdamOptimizer(Schedule.constant(learningRate), Schedule.constant(0.9f), 0.999f, 0);
        try (NDManager work = start.getManager().newSubManager()) {
            NDArray x = start.duplicate();
            x.attach(work);
            NDArray best = null;
            double bestValue = Double.POSITIVE_INFINITY;
            Stop stop = Stop.ITERATIONS;
            int iteration = 0;
            while (iteration < maxIterations) {
                Objective.Evaluation at = objective.evaluate(x);
                if (best == null || at.value() < bestValue) {
                    if (best != null) best.close();
                    best = x.duplicate();
                    bestValue = at.value();
                }
                adam.update(POINT, x, at.gradient());
                at.gradient().close();
                iteration++;
                if (!observer.iterationDone(iteration, bestValue, best)) {
                    stop = Stop.OBSERVER;
                    break;
                }
            }
            best.attach(start.getManager());
            return new Minimization(best, bestValue, iteration, iteration, stop);
        }
    }
}
