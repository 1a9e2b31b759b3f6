package org.neuralij.task;

import java.util.Arrays;
import java.util.Locale;

/** What Segment gives: a label image of separated objects, the class probabilities, or the objects as ROIs with measurements. */
public enum SegmentOutput {
    LABELS, PROBABILITIES, ROIS;

    public static SegmentOutput of(String key) {
        for (SegmentOutput output : values()) if (output.key().equals(key.trim().toLowerCase(Locale.ROOT))) return output;
        throw new IllegalArgumentException("output=" + key + " is not known: use one of " + Arrays.stream(values()).map(SegmentOutput::key).toList() + ".");
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
