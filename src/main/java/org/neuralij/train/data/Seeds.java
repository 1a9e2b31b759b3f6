package org.neuralij.train.data;

/** Derives independent seeds for numbered items of one seeded run. */
public final class Seeds {

    private Seeds() {
    }

    /**
     * A well-mixed seed for item {@code index}: java.util.Random gives correlated first draws for nearby
     * seeds, so seed + index alone would give images similar random parameters.
     */
    public static long forItem(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
