package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;

import java.util.HashMap;
import java.util.Map;

/** RMSprop (PyTorch's form: alpha 0.99, no momentum), the WGAN critic's optimizer, with savable state. */
public final class RmsPropOptimizer extends Optimizer implements StatefulOptimizer {

    private static final float ALPHA = 0.99f;
    private static final float EPSILON = 1e-8f;
    private final Schedule learningRate;
    private final Map<String, NDArray> squares = new HashMap<>();

    public RmsPropOptimizer(Schedule learningRate, int stepsDone) {
        super(new Builder().optBeginNumUpdate(stepsDone));
        this.learningRate = learningRate;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int step = updateCount(parameterId);
        NDArray gradient = grad.mul(rescaleGrad);
        NDArray square = squares.computeIfAbsent(parameterId, id -> weight.zerosLike());
        square.muli(ALPHA).addi(gradient.square().muli(1 - ALPHA));
        weight.subi(gradient.div(square.sqrt().addi(EPSILON)).muli(learningRate.at(step)));
        grad.muli(0); // the engine accumulates gradients: clear them for the next step, as fused updates do
    }

    @Override
    public Map<String, Map<String, NDArray>> state() {
        return Map.of("square", squares);
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
