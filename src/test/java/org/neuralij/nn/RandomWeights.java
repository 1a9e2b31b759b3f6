package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

/** Test networks that compute more than their starting point. */
public final class RandomWeights {

    private RandomWeights() {
    }

    /** Gives the weights that start at zero (e.g. a last convolution made to start as the identity) small random values (standard deviation 0.01). */
    public static void randomizeZeroWeights(Block network, NDManager manager) {
        for (Pair<String, Parameter> parameter : network.getParameters()) {
            NDArray array = parameter.getValue().getArray();
            if (parameter.getKey().endsWith("weight") && array.abs().sum().getFloat() == 0) {
                array.set(manager.randomNormal(0, 0.01f, array.getShape(), DataType.FLOAT32).toFloatArray());
            }
        }
    }
}
