package org.neuralij.train.optim;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** L-BFGS and Adam on functions whose minimum is known. */
class MinimizersTest {

    private static final int N = 40;

    /** f(x) = ½ Σ aᵢ (xᵢ − cᵢ)², aᵢ from 1 to 100 (condition number 100), minimum 0 at c. */
    private static final float[] CURVATURES = new float[N];
    private static final float[] MINIMUM = new float[N];

    static {
        for (int i = 0; i < N; i++) {
            CURVATURES[i] = 1 + 99f * i / (N - 1);
            MINIMUM[i] = (float) Math.sin(i + 1);
        }
    }

    private static Objective bowl(NDManager manager) {
        NDArray a = manager.create(CURVATURES);
        NDArray c = manager.create(MINIMUM);
        return x -> {
            NDArray offset = x.sub(c);
            double value = offset.square().mul(a).sum().getFloat() / 2;
            return new Objective.Evaluation(value, offset.mul(a));
        };
    }

    /** Rosenbrock's valley (1 − x)² + 100 (y − x²)², minimum 0 at (1, 1); the gradient by DJL's autograd, as the style objective gets it. */
    private static Objective rosenbrock() {
        return point -> {
            try (NDManager scratch = point.getManager().newSubManager()) {
                NDArray p = point.duplicate();
                p.attach(scratch);
                p.setRequiresGradient(true);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray x = p.get(0);
                    NDArray y = p.get(1);
                    NDArray value = x.neg().add(1).square().add(y.sub(x.square()).square().mul(100));
                    collector.backward(value);
                    NDArray gradient = p.getGradient().duplicate();
                    gradient.attach(point.getManager());
                    return new Objective.Evaluation(value.getFloat(), gradient);
                }
            }
        };
    }

    private static double maxError(NDArray x) {
        float[] values = x.toFloatArray();
        double error = 0;
        for (int i = 0; i < values.length; i++) error = Math.max(error, Math.abs(values[i] - MINIMUM[i]));
        return error;
    }

    /** Iterations the given minimizer needs (run one iteration more at a time) to get within {@code tolerance} of the bowl's minimum. */
    private static int iterationsToReach(Minimizer minimizer, double tolerance, int limit) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Objective bowl = bowl(manager);
            int[] reached = {-1};
            minimizer.minimize(bowl, manager.zeros(new ai.djl.ndarray.types.Shape(N)), limit, (iteration, value, best) -> {
                if (maxError(best) <= tolerance) {
                    reached[0] = iteration;
                    return false;
                }
                return true;
            });
            return reached[0];
        }
    }

    /** Plain gradient descent with the best fixed step for this bowl, 2 / (largest + smallest curvature). */
    private static int gradientDescentIterations(double tolerance) {
        double step = 2.0 / (CURVATURES[N - 1] + CURVATURES[0]);
        double[] x = new double[N];
        for (int iteration = 1; iteration < 100_000; iteration++) {
            double error = 0;
            for (int i = 0; i < N; i++) {
                x[i] -= step * CURVATURES[i] * (x[i] - MINIMUM[i]);
                error = Math.max(error, Math.abs(x[i] - MINIMUM[i]));
            }
            if (error <= tolerance) return iteration;
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void lbfgsFindsTheBowlsMinimumInFarFewerIterationsThanGradientDescentOrAdam() {
        int lbfgs = iterationsToReach(Lbfgs.standard(), 1e-4, 200);
        int descent = gradientDescentIterations(1e-4);
        int adam = iterationsToReach(new AdamMinimizer(0.05f), 1e-4, 2000);
        System.out.printf("quadratic bowl (40 variables, condition number 100) to 1e-4 of the argmin: L-BFGS %d iterations, gradient descent (best fixed step) %d, Adam (lr 0.05) %s%n",
                lbfgs, descent, adam < 0 ? "not within 2000" : adam);
        assertTrue(lbfgs > 0 && lbfgs <= 60, "L-BFGS iterations " + lbfgs);
        assertTrue(5 * lbfgs < descent, "L-BFGS " + lbfgs + " against gradient descent " + descent);
        assertTrue(adam < 0 || 3 * lbfgs < adam, "L-BFGS " + lbfgs + " against Adam " + adam);
    }

    @Test
    void lbfgsFollowsRosenbrocksValleyToItsMinimumAndNeverRaisesTheValue() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray start = manager.create(new float[] {-1.2f, 1f});
            List<Double> values = new ArrayList<>();
            Minimizer.Minimization result = Lbfgs.standard().minimize(rosenbrock(), start, 500, (iteration, value, best) -> values.add(value));
            float[] found = result.best().toFloatArray();
            System.out.printf("Rosenbrock from (-1.2, 1): L-BFGS reached (%.5f, %.5f), f = %.2e, in %d iterations, %d evaluations, %s%n",
                    found[0], found[1], result.bestValue(), result.iterations(), result.evaluations(), result.stop().description());
            assertEquals(1, found[0], 1e-3);
            assertEquals(1, found[1], 2e-3);
            assertTrue(result.iterations() < 150, "iterations " + result.iterations());
            for (int i = 1; i < values.size(); i++) assertTrue(values.get(i) <= values.get(i - 1), "value rose at iteration " + (i + 1) + ": " + values);
            assertArrayEquals(new float[] {-1.2f, 1f}, start.toFloatArray(), "the start is not changed");
        }
    }

    @Test
    void anObserverThatStopsKeepsTheBestPointSoFar() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray start = manager.zeros(new ai.djl.ndarray.types.Shape(N));
            double startError = maxError(start);
            for (Minimizer minimizer : List.of(Lbfgs.standard(), new AdamMinimizer(0.05f))) {
                Minimizer.Minimization result = minimizer.minimize(bowl(manager), start, 100, (iteration, value, best) -> iteration < 3);
                assertEquals(Minimizer.Stop.OBSERVER, result.stop());
                assertEquals(3, result.iterations());
                assertTrue(maxError(result.best()) < startError, minimizer + ": " + maxError(result.best()));
                double valueAtBest = bowl(manager).evaluate(result.best()).value();
                assertEquals(valueAtBest, result.bestValue(), 1e-5 * Math.max(1, valueAtBest));
            }
            assertThrows(IllegalArgumentException.class, () -> Lbfgs.standard().minimize(bowl(manager), start, 0, Minimizer.IterationObserver.NONE));
        }
    }
}
