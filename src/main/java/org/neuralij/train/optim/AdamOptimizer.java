package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;
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

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int step = updateCount(parameterId);
        float b1 = beta1.at(step);
        NDArray gradient = grad.mul(rescaleGrad);
        if (clipGrad > 0) gradient = gradient.clip(-clipGrad, clipGrad);
        if (getWeightDecay() > 0) gradient = gradient.add(weight.mul(getWeightDecay()));
        NDArray mean = means.computeIfAbsent(parameterId, id -> weight.zerosLike());
        NDArray variance = variances.computeIfAbsent(parameterId, id -> weight.zerosLike());
        mean.muli(b1).addi(gradient.mul(1 - b1));
        variance.muli(beta2).addi(gradient.square().muli(1 - beta2));
        double meanCorrection = b1 == 0 ? 1 : 1 - Math.pow(b1, step);
        double varianceCorrection = 1 - Math.pow(beta2, step);
        NDArray change = mean.div(meanCorrection).divi(variance.div(varianceCorrection).sqrt().addi(epsilon)).muli(learningRate.at(step));
        weight.subi(change);
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
