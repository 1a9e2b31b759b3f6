package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.optimizer.Optimizer;

import java.util.HashMap;
import java.util.Map;

/**
 * Adam whose moments can be saved and restored, so that an interrupted training resumes
 * with the same optimizer state (DJL's own Adam keeps them private). The learning rate and
 * beta1 follow schedules (one-cycle momentum; beta1 = 0 for GANs).
 */
public final class AdamOptimizer extends Optimizer implements StatefulOptimizer {

    private final Schedule learningRate;
    private final Schedule beta1;
    private final float beta2;
    private final float epsilon;
    private final Map<String, NDArray> means = new HashMap<>();
    private final Map<String, NDArray> variances = new HashMap<>();

    public AdamOptimizer(Schedule learningRate, Schedule beta1, float beta2, int stepsDone) {
        super(new Builder().optBeginNumUpdate(stepsDone));
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = 1e-8f;
    }

    /** One fused engine update (which also clears the gradient, as DJL's own optimizers do). */
    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int step = updateCount(parameterId);
        float b1 = beta1.at(step);
        float rate = learningRate.at(step);
        double meanCorrection = b1 == 0 ? 1 : 1 - Math.pow(b1, step);
        float correctedRate = (float) (rate * Math.sqrt(1 - Math.pow(beta2, step)) / meanCorrection);
        NDArray mean = means.computeIfAbsent(parameterId, id -> weight.zerosLike());
        NDArray variance = variances.computeIfAbsent(parameterId, id -> weight.zerosLike());
        weight.getNDArrayInternal().adamUpdate(new NDList(weight, grad, mean, variance), new NDList(weight),
                rate, correctedRate, getWeightDecay(), rescaleGrad, clipGrad, b1, beta2, epsilon, true, false);
    }

    @Override
    public Map<String, Map<String, NDArray>> state() {
        return Map.of("mean", means, "variance", variances);
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
