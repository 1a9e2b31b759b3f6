package org.neuralij.train.data;

import java.util.Random;

/** A closed range [min, max] of non-negative numbers from which a step draws one value per image. */
public record RandomRange(double min, double max) {

    public RandomRange {
        if (!(min >= 0 && min <= max && Double.isFinite(max))) {
            throw new IllegalArgumentException("A range needs 0 <= min <= max, but got " + min + "-" + max + ".");
        }
    }

    public static RandomRange fixed(double value) {
        return new RandomRange(value, value);
    }

    public double draw(Random random) {
        return min == max ? min : min + random.nextDouble() * (max - min);
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
