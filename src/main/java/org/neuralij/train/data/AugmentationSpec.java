package org.neuralij.train.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the text form of an {@link Augmentation}; see {@link Augmentation#parse} for the syntax. */
final class AugmentationSpec {

    static final String SYNTAX = "flip, flip=x, flip=y, rot90, zoom=F1-F2, scale=F1-F2, offset=D1-D2, gamma=G1-G2, field=A1-A2,"
            + " blur=S1-S2, noise=S1-S2, or none";

    private AugmentationSpec() {
    }

    static List<AugmentationStep> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("The augmentation is empty: give steps such as \"flip,rot90\", or \"none\" (" + SYNTAX + ").");
        }
        if (spec.trim().equalsIgnoreCase(Augmentation.NONE)) return List.of();
        List<AugmentationStep> steps = new ArrayList<>();
        for (String item : spec.split(",")) {
            AugmentationStep step = step(item.trim());
            if (step instanceof Zoom && steps.stream().anyMatch(Zoom.class::isInstance)) {
                throw new IllegalArgumentException("augment=[" + spec + "] zooms twice: give one zoom= step with the whole range, e.g. zoom=0.5-2.");
            }
            steps.add(step);
        }
        return steps;
    }

    private static AugmentationStep step(String item) {
        int eq = item.indexOf('=');
        String name = (eq < 0 ? item : item.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        String value = eq < 0 ? null : item.substring(eq + 1).trim();
        try {
            switch (name) {
                case "flip":
                    return mirror(value);
                case "rot90":
                    if (value != null) throw new IllegalArgumentException("it takes no value: write just \"rot90\"");
                    return new QuarterTurns();
                case "zoom":
                    return new Zoom(range(value, "zoom=0.5-2"));
                case "scale":
                    return new SceneScale(range(value, "scale=0.5-2"));
                case "offset":
                    return new SceneOffset(range(value, "offset=-0.2-0.5"));
                case "gamma":
                    return new SceneGamma(range(value, "gamma=0.7-1.4"));
                case "field":
                    return new BackgroundField(range(value, "field=0-1"));
                case "blur":
                    return new InputBlur(range(value, "blur=0-1.5"));
                case "noise":
                    return new InputNoise(range(value, "noise=0-0.1"));
                case Augmentation.NONE:
                    throw new IllegalArgumentException("none stands alone: write augment=none, or leave it out of the list");
                default:
                    throw new IllegalArgumentException("there is no such step; known steps: " + SYNTAX);
            }
        } catch (IllegalArgumentException problem) {
            throw new IllegalArgumentException("Bad augmentation step \"" + item + "\": " + problem.getMessage() + ".", problem);
        }
    }

    private static Mirror mirror(String value) {
        if (value == null) return new Mirror(true, true);
        switch (value.toLowerCase(Locale.ROOT)) {
            case "x":
                return new Mirror(true, false);
            case "y":
                return new Mirror(false, true);
            default:
                throw new IllegalArgumentException("flip mirrors in both directions, flip=x left-right only, flip=y top-bottom only");
        }
    }

    private static RandomRange range(String value, String example) {
        if (value == null || value.isEmpty()) throw new IllegalArgumentException("it needs a value, e.g. " + example);
        return RandomRange.parse(value);
    }
}
