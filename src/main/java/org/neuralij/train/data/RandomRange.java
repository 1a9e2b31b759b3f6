package org.neuralij.train.data;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A closed range [min, max] from which a step draws one value per image or patch. */
public record RandomRange(double min, double max) {

    public RandomRange {
        if (!(min <= max && Double.isFinite(min) && Double.isFinite(max))) {
            throw new IllegalArgumentException("A range needs min <= max, but got " + min + "-" + max + ".");
        }
    }

    private static final Pattern TEXT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(?:-(-?\\d+(?:\\.\\d+)?))?");

    /**
     * Reads "MIN-MAX" or a single number (min = max), either of them possibly negative ("-0.2-0.5"); throws
     * IllegalArgumentException with a message to be prefixed by where the text came from.
     */
    public static RandomRange parse(String text) {
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) throw new IllegalArgumentException("expected a number or a range MIN-MAX, e.g. 0.02-0.1 or 10");
        double min = Double.parseDouble(m.group(1));
        double max = m.group(2) == null ? min : Double.parseDouble(m.group(2));
        if (max < min) throw new IllegalArgumentException("the minimum " + m.group(1) + " is above the maximum " + m.group(2) + "; write MIN-MAX");
        return new RandomRange(min, max);
    }

    public static RandomRange fixed(double value) {
        return new RandomRange(value, value);
    }

    public double draw(Random random) {
        return min == max ? min : min + random.nextDouble() * (max - min);
    }

    /** Uniform in log(value), for factors such as a zoom or a gamma whose range (0.5-2) is symmetric about 1; min must be above 0. */
    public double drawLog(Random random) {
        return min == max ? min : Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
    }

    /** A whole number in [round(min), round(max)], both ends included. */
    public int drawInt(Random random) {
        int low = (int) Math.round(min);
        int high = (int) Math.round(max);
        return low + random.nextInt(high - low + 1);
    }

    /** "10-70", or "0.05" when min = max. */
    public String spec() {
        return min == max ? number(min) : number(min) + "-" + number(max);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
