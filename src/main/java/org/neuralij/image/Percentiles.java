package org.neuralij.image;

/** Percentiles by linear interpolation between order statistics (numpy.percentile's default). */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param sorted values in ascending order, at least one
     * @param percent in [0, 100]
     */
    static double linear(float[] sorted, double percent) {
        double position = percent / 100.0 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        double a = sorted[below];
        double b = sorted[above];
        // Interpolate from the nearer end, as numpy does, so the result stays within [a, b].
        return fraction < 0.5 ? a + (b - a) * fraction : b - (b - a) * (1 - fraction);
    }
}
