package org.neuralij.task;

/**
 * Mean and biased variance per channel over values that arrive in parts (tile by tile), merged in double
 * precision from each part's own mean and sum of squared deviations (Chan et al.), so that large images with a
 * large mean lose no precision to a sum of squares.
 */
final class ChannelMoments {

    private double[] mean;
    private double[] squaredDeviations;
    private long count;

    /** Adds a part of {@code values} values per channel with the given per-channel mean and sum of squared deviations from it. */
    void add(float[] partMean, float[] partSquaredDeviations, long values) {
        if (values <= 0) return;
        if (mean == null) {
            mean = new double[partMean.length];
            squaredDeviations = new double[partMean.length];
        }
        long total = count + values;
        for (int c = 0; c < mean.length; c++) {
            double delta = partMean[c] - mean[c];
            mean[c] += delta * values / total;
            squaredDeviations[c] += partSquaredDeviations[c] + delta * delta * count * values / total;
        }
        count = total;
    }

    float[] mean() {
        float[] result = new float[mean.length];
        for (int c = 0; c < result.length; c++) result[c] = (float) mean[c];
        return result;
    }

    float[] variance() {
        float[] result = new float[mean.length];
        for (int c = 0; c < result.length; c++) result[c] = (float) (squaredDeviations[c] / count);
        return result;
    }
}
