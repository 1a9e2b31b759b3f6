package org.neuralij.image;

/**
 * Percentiles by linear interpolation between order statistics (numpy.percentile's default),
 * found by selection in linear time rather than by sorting, or read off the histogram of an
 * integer image: a whole-image normalisation must cost little next to the network.
 */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param values finite values, at least one; reordered in place
     * @param percent in [0, 100]
     */
    static double linear(float[] values, double percent) {
        double position = percent / 100.0 * (values.length - 1);
        int below = (int) Math.floor(position);
        double fraction = position - below;
        double a = select(values, below);
        double b = below + 1 < values.length ? smallestFrom(values, below + 1) : a;
        return interpolate(a, b, fraction);
    }

    /**
     * The same percentile of the values whose histogram is {@code counts} (value v occurring counts[v] times),
     * exact and in one pass over the bins.
     *
     * @param counts at least one count above 0
     */
    static double ofHistogram(long[] counts, double percent) {
        long total = 0;
        for (long count : counts) total += count;
        double position = percent / 100.0 * (total - 1);
        long below = (long) Math.floor(position);
        int a = orderStatistic(counts, below);
        int b = below + 1 < total ? orderStatistic(counts, below + 1) : a;
        return interpolate(a, b, position - below);
    }

    /** The k-th smallest value (0-based) of a histogram. */
    private static int orderStatistic(long[] counts, long k) {
        long seen = 0;
        for (int value = 0; value < counts.length; value++) {
            seen += counts[value];
            if (seen > k) return value;
        }
        throw new IllegalArgumentException("The histogram holds " + seen + " values, fewer than " + (k + 1) + ".");
    }

    /** From the nearer end, as numpy does, so the result stays within [a, b]. */
    private static double interpolate(double a, double b, double fraction) {
        return fraction < 0.5 ? a + (b - a) * fraction : b - (b - a) * (1 - fraction);
    }

    /** The k-th smallest value (0-based); afterwards no value left of k is larger and none right of it smaller. */
    static float select(float[] values, int k) {
        int low = 0;
        int high = values.length - 1;
        while (low < high) {
            float pivot = medianOfThree(values[low], values[(low + high) >>> 1], values[high]);
            int less = low;
            int index = low;
            int greater = high;
            while (index <= greater) {
                if (values[index] < pivot) swap(values, less++, index++);
                else if (values[index] > pivot) swap(values, index, greater--);
                else index++;
            }
            if (k < less) high = less - 1;
            else if (k > greater) low = greater + 1;
            else return pivot;
        }
        return values[k];
    }

    private static float smallestFrom(float[] values, int start) {
        float smallest = values[start];
        for (int i = start + 1; i < values.length; i++) smallest = Math.min(smallest, values[i]);
        return smallest;
    }

    private static float medianOfThree(float a, float b, float c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(float[] values, int i, int j) {
        float kept = values[i];
        values[i] = values[j];
        values[j] = kept;
    }
}
