package org.neuralij.task;

/** Class scores (logits) to probabilities that sum to 1 at each pixel, in place. */
final class Softmax {

    private Softmax() {
    }

    static void apply(float[][] scores) {
        for (int i = 0; i < scores[0].length; i++) {
            float max = Float.NEGATIVE_INFINITY;
            for (float[] channel : scores) max = Math.max(max, channel[i]);
            double sum = 0;
            for (float[] channel : scores) sum += Math.exp(channel[i] - max);
            for (float[] channel : scores) channel[i] = (float) (Math.exp(channel[i] - max) / sum);
        }
    }
}
