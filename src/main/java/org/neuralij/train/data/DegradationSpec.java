package org.neuralij.train.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the short text form of a {@link Degradation}; see {@link Degradation#parse} for the syntax. */
final class DegradationSpec {

    static final String SYNTAX = "downscale=F, downscaleback=F, jpeg[=Q1-Q2], text, gauss=S1-S2,"
            + " poisson=P1-P2, blur=S1-S2, quantize=BITS, grayscale[=1], holes=N1-N2/SIZE1-SIZE2";

    private DegradationSpec() {
    }

    static List<DegradationStep> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("The degradation is empty: give steps such as"
                    + " \"downscale=2,jpeg=10-70,text\" (" + SYNTAX + ").");
        }
        List<DegradationStep> steps = new ArrayList<>();
        for (String item : spec.split(",")) {
            steps.add(step(item.trim()));
        }
        return steps;
    }

    private static DegradationStep step(String item) {
        int eq = item.indexOf('=');
        String name = (eq < 0 ? item : item.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        String value = eq < 0 ? null : item.substring(eq + 1).trim();
        switch (name) {
            case "downscale":
                return Downscale.by(factor(item, required(item, value, "downscale=2")));
            case "downscaleback":
                return Downscale.andBack(factor(item, required(item, value, "downscaleback=2")));
            case "jpeg":
                return value == null ? JpegCompression.defaultRange() : new JpegCompression(range(item, value));
            case "text":
                noValue(item, value);
                return new TextOverlay();
            case "gauss":
                return new GaussianNoise(range(item, required(item, value, "gauss=0.02-0.1")));
            case "poisson":
                return new PoissonNoise(range(item, required(item, value, "poisson=10-100")));
            case "blur":
                return new Blur(range(item, required(item, value, "blur=0.5-2")));
            case "quantize":
                return new Quantize(bits(item, required(item, value, "quantize=8")));
            case "grayscale":
                return grayscale(item, value);
            case "holes":
                return holes(item, required(item, value, "holes=1-5/8-32"));
            default:
                throw new IllegalArgumentException("Unknown degradation step '" + name + "' in \"" + item
                        + "\". Known steps: " + SYNTAX + ".");
        }
    }

    private static String required(String item, String value, String example) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("The degradation step \"" + item + "\" needs a value, e.g. "
                    + example + ".");
        }
        return value;
    }

    private static void noValue(String item, String value) {
        if (value != null) {
            throw new IllegalArgumentException("The degradation step \"" + item + "\" takes no value: write"
                    + " just \"" + item.substring(0, item.indexOf('=')).trim() + "\".");
        }
    }

    private static int factor(String item, String value) {
        if (!value.matches("\\d+") || Integer.parseInt(value) < 1) {
            throw new IllegalArgumentException("Bad factor in degradation step \"" + item + "\": expected a"
                    + " whole number of 1 or more, e.g. downscale=2.");
        }
        return Integer.parseInt(value);
    }

    private static int bits(String item, String value) {
        if (!value.matches("\\d{1,2}")) {
            throw new IllegalArgumentException("Bad bit depth in degradation step \"" + item + "\": expected a whole number"
                    + " from 1 to 16, e.g. quantize=8 for 8-bit images.");
        }
        return Integer.parseInt(value);
    }

    private static RandomRange range(String item, String value) {
        RandomRange range;
        try {
            range = RandomRange.parse(value);
        } catch (IllegalArgumentException problem) {
            throw new IllegalArgumentException("Bad number in degradation step \"" + item + "\": " + problem.getMessage() + ".");
        }
        if (range.min() < 0) {
            throw new IllegalArgumentException("Bad number in degradation step \"" + item + "\": expected non-negative numbers, e.g. 0.02-0.1 or 10.");
        }
        return range;
    }

    private static DegradationStep grayscale(String item, String value) {
        if (value == null || value.equals("3")) {
            return Grayscale.repeated();
        }
        if (value.equals("1")) {
            return Grayscale.singleChannel();
        }
        throw new IllegalArgumentException("Bad value in degradation step \"" + item + "\": grayscale=1 gives"
                + " one channel, plain grayscale (or grayscale=3) the luminance in three channels.");
    }

    private static DegradationStep holes(String item, String value) {
        String[] parts = value.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Bad value in degradation step \"" + item + "\": expected"
                    + " COUNT/SIZE ranges in pixels, e.g. holes=1-5/8-32.");
        }
        return new Holes(range(item, parts[0]), range(item, parts[1]));
    }
}
