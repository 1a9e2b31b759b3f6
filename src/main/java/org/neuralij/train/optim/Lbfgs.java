package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Limited-memory BFGS (Nocedal &amp; Wright, algorithm 7.4/7.5): the search direction comes from the
 * two-loop recursion over the last {@code history} pairs (step s, change of gradient y), scaled by
 * γ = s·y / y·y of the newest pair; the step length from a backtracking line search that halves the
 * step (from 1; on the very first iteration from min(1, 1/‖g‖₁)) until the Armijo condition
 * f(x + t·d) ≤ f(x) + 10⁻⁴·t·g·d holds. A pair with s·y ≤ 0 (no positive curvature) is not kept,
 * so the implied inverse Hessian stays positive definite; a direction that is not downhill
 * restarts from the gradient with an empty history.
 *
 * <p>Stops after {@code maxIterations}; when the largest gradient component is at most
 * {@code gradientTolerance}; when an iteration changes the value by at most
 * {@code valueTolerance}·max(1, |f|); when no step of the line search lowers the value; or when the
 * observer says so. The value never rises, so the last point is the best one.
 */
public final class Lbfgs implements Minimizer {

    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 30;

    private final int history;
    private final double gradientTolerance;
    private final double valueTolerance;

    public Lbfgs(int history, double gradientTolerance, double valueTolerance) {
        if (history < 1) throw new IllegalArgumentException("L-BFGS needs a history of at least 1 pair, not " + history);
        if (!(gradientTolerance >= 0) || !(valueTolerance >= 0)) throw new IllegalArgumentException("The tolerances must be 0 or more");
        this.history = history;
        this.gradientTolerance = gradientTolerance;
        this.valueTolerance = valueTolerance;
    }

    /** 10 pairs, gradient tolerance 10⁻⁷, value tolerance 10⁻⁹ (PyTorch's LBFGS uses the same history and similar tolerances). */
    public static Lbfgs standard() {
        return new Lbfgs(10, 1e-7, 1e-9);
    }

    /** One (s, y) pair with ρ = 1 / s·y. */
    private record Pair(NDArray s, NDArray y, double rho) {
    }

    @Override
    public Minimization minimize(Objective objective, NDArray start, int maxIterations, IterationObserver observer) {
        if (maxIterations < 1) throw new IllegalArgumentException("At least 1 iteration is needed, not " + maxIterations);
        try (NDManager work = start.getManager().newSubManager()) {
            NDArray x = start.duplicate();
            x.attach(work);
            Objective.Evaluation at = objective.evaluate(x);
            int evaluations = 1;
            Deque<Pair> pairs = new ArrayDeque<>();
            Stop stop = Stop.ITERATIONS;
            int iteration = 0;
            while (iteration < maxIterations) {
                if (Vectors.maxAbs(at.gradient()) <= gradientTolerance) {
                    stop = Stop.GRADIENT;
                    break;
                }
                NDArray direction = direction(at.gradient(), pairs);
                double slope = Vectors.dot(at.gradient(), direction);
                if (!(slope < 0)) {
                    pairs.forEach(Lbfgs::close);
                    pairs.clear();
                    direction.close();
                    direction = at.gradient().neg();
                    slope = -Vectors.dot(at.gradient(), at.gradient());
                }
                double step = iteration == 0 && pairs.isEmpty() ? Math.min(1, 1 / Vectors.sumAbs(at.gradient())) : 1;
                NDArray next = null;
                Objective.Evaluation nextAt = null;
                for (int halving = 0; halving <= MAX_HALVINGS; halving++, step /= 2) {
                    NDArray trial = Vectors.plusScaled(x, step, direction);
                    Objective.Evaluation trialAt = objective.evaluate(trial);
                    evaluations++;
                    if (trialAt.value() <= at.value() + ARMIJO * step * slope) {
                        next = trial;
                        nextAt = trialAt;
                        break;
                    }
                    trial.close();
                    trialAt.gradient().close();
                }
                direction.close();
                if (next == null) {
                    stop = Stop.NO_DESCENT;
                    break;
                }
                iteration++;
                remember(pairs, next.sub(x), nextAt.gradient().sub(at.gradient()));
                double change = Math.abs(at.value() - nextAt.value());
                x.close();
                at.gradient().close();
                x = next;
                at = nextAt;
                if (!observer.iterationDone(iteration, at.value(), x)) {
                    stop = Stop.OBSERVER;
                    break;
                }
                if (change <= valueTolerance * Math.max(1, Math.abs(at.value()))) {
                    stop = Stop.VALUE;
                    break;
                }
            }
            x.attach(start.getManager());
            return new Minimization(x, at.value(), iteration, evaluations, stop);
        }
    }

    /** Keeps the pair when it has positive curvature, dropping the oldest beyond the history. */
    private void remember(Deque<Pair> pairs, NDArray s, NDArray y) {
        double curvature = Vectors.dot(s, y);
        if (!(curvature > 1e-10 * Math.sqrt(Vectors.dot(y, y) * Vectors.dot(s, s)))) {
            s.close();
            y.close();
            return;
        }
        pairs.addLast(new Pair(s, y, 1 / curvature));
        if (pairs.size() > history) close(pairs.removeFirst());
    }

    /** −H·g by the two-loop recursion, H₀ = γ·I. */
    private static NDArray direction(NDArray gradient, Deque<Pair> pairs) {
        NDArray q = gradient.neg();
        double[] alphas = new double[pairs.size()];
        int i = pairs.size();
        for (Iterator<Pair> newestFirst = pairs.descendingIterator(); newestFirst.hasNext(); ) {
            Pair pair = newestFirst.next();
            alphas[--i] = pair.rho() * Vectors.dot(pair.s(), q);
            Vectors.addScaled(q, -alphas[i], pair.y());
        }
        if (!pairs.isEmpty()) {
            Pair newest = pairs.getLast();
            q.muli((float) (1 / (newest.rho() * Vectors.dot(newest.y(), newest.y()))));
        }
        for (Pair pair : pairs) {
            double beta = pair.rho() * Vectors.dot(pair.y(), q);
            Vectors.addScaled(q, alphas[i] - beta, pair.s());
            i++;
        }
        return q;
    }

    private static void close(Pair pair) {
        pair.s().close();
        pair.y().close();
    }
}
