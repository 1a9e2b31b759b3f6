package org.neuralij.task;

/** The index of the largest channel at each pixel: class scores to a label image. */
final class ArgMax {

    private ArgMax() {
    }

    static float[] of(float[][] channels) {
        float[] labels = new float[channels[0].length];
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < channels.length; c++) if (channels[c][i] > channels[best][i]) best = c;
            labels[i] = best;
        }
        return labels;
    }
}
