package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.util.Pair;

/**
 * Clears the gradients of one network's parameters in place. DJL's {@code GradientCollector.zeroGradients()} is no
 * substitute in a training loop: it walks every array of every manager, and each {@code getGradient()} it calls leaves
 * a new array attached to the parameter's manager, so each step makes the next one slower (a CycleGAN epoch took
 * 32, 41, 52 s, … for the same work).
 */
public final class Gradients {

    private Gradients() {
    }

    public static void clear(Block network) {
        for (Pair<String, Parameter> parameter : network.getParameters()) {
            NDArray array = parameter.getValue().getArray();
            if (array.hasGradient()) JniUtils.zeroGrad((PtNDArray) array);
        }
    }
}
