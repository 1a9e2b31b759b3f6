package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;

/** Minimizes an {@link Objective} over an array (the pixels of an image, say), starting from a point it never changes. */
public interface Minimizer {

    /**
     * @param start         where to start; not changed
     * @param maxIterations at most this many iterations (≥ 1)
     * @param observer      told after each iteration; stops the run by returning false
     * @return the lowest point found, in a new array attached to {@code start}'s manager
     */
    Minimization minimize(Objective objective, NDArray start, int maxIterations, IterationObserver observer);

    /** Told of the best point so far after each iteration. */
    @FunctionalInterface
    interface IterationObserver {
        IterationObserver NONE = (iteration, bestValue, best) -> true;

        /** @return false to stop here (the result is then the best point so far) */
        boolean iterationDone(int iteration, double bestValue, NDArray best);
    }

    /** Why a run ended. */
    enum Stop {
        ITERATIONS("reached the number of iterations"),
        GRADIENT("converged: the gradient is below the tolerance"),
        VALUE("converged: the value no longer changes"),
        NO_DESCENT("stopped: no step along the search direction lowers the value"),
        OBSERVER("stopped (cancelled)");

        private final String description;

        Stop(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The lowest point found and its value, the iterations and function evaluations spent, and why it ended. */
    record Minimization(NDArray best, double bestValue, int iterations, int evaluations, Stop stop) {
    }
}
