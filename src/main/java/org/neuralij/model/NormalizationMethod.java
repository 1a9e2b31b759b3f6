package org.neuralij.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a model's input values are scaled before the network sees them ({@code input.normalization.method} of its manifest). */
public enum NormalizationMethod {
    /** The low and high percentiles of each channel to 0 and 1 (1 % and 99.8 % by default, as CSBDeep). */
    PERCENTILE,
    /** Each channel's minimum and maximum to 0 and 1. */
    MINMAX,
    /** Two given values to 0 and 1. */
    FIXED,
    /** The values as they are. */
    NONE;

    /** The manifest's spelling. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(NormalizationMethod::key).toList();
    }

    public static NormalizationMethod parse(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
