package org.neuralij.nn;

import ai.djl.nn.Block;

import java.util.Map;
import java.util.Set;

/** The network architectures NeuralIJ can build in Java, by the name a manifest gives them. */
public final class BuiltinArchitectures {

    public static final Set<String> NAMES = Set.of("dncnn");

    private BuiltinArchitectures() {
    }

    public static Block create(String name, Map<String, Double> params) {
        if ("dncnn".equals(name)) {
            return DnCnn.build(intParam(params, "channels", 1), intParam(params, "depth", 8), intParam(params, "width", 32));
        }
        throw new IllegalArgumentException("Unknown built-in architecture '" + name + "': NeuralIJ knows " + NAMES
                + ". Update NeuralIJ or use a TorchScript export of the model.");
    }

    private static int intParam(Map<String, Double> params, String key, int defaultValue) {
        Double value = params == null ? null : params.get(key);
        if (value == null) return defaultValue;
        if (value != Math.rint(value)) throw new IllegalArgumentException("architecture parameter '" + key + "' must be a whole number, not " + value);
        return value.intValue();
    }
}
