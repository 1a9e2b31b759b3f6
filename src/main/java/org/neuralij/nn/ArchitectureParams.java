package org.neuralij.nn;

import java.util.Map;

/**
 * The numeric hyper-parameters of a built-in architecture as a manifest stores them ({@code architecture.params}), read with
 * a message that names the parameter when one is not of its kind. Flags are 0/1.
 */
final class ArchitectureParams {

    private final String architecture;
    private final Map<String, Double> values;

    ArchitectureParams(String architecture, Map<String, Double> values) {
        this.architecture = architecture;
        this.values = values == null ? Map.of() : values;
    }

    double number(String key, double defaultValue) {
        Double value = values.get(key);
        return value == null ? defaultValue : value;
    }

    int whole(String key, int defaultValue) {
        double value = number(key, defaultValue);
        if (value != Math.rint(value)) throw new IllegalArgumentException("architecture parameter '" + key + "' of " + architecture + " must be a whole number, not " + value);
        return (int) value;
    }

    boolean flag(String key) {
        int value = whole(key, 0);
        if (value != 0 && value != 1) throw new IllegalArgumentException("architecture parameter '" + key + "' of " + architecture + " must be 0 (off) or 1 (on), not " + value);
        return value == 1;
    }

    /** The constant whose manifest code (its index) the parameter gives. */
    <E extends Enum<E>> E code(String key, E[] codes, int defaultCode, String meaning) {
        int code = whole(key, defaultCode);
        if (code < 0 || code >= codes.length) {
            throw new IllegalArgumentException("architecture parameter '" + key + "' of " + architecture + " must be " + meaning + ", not " + code);
        }
        return codes[code];
    }
}
