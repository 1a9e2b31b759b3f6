package org.neuralij.task;

import java.util.HashMap;
import java.util.Map;

/**
 * Undoes splits the model does not back: two touching objects become one when the model's boundary probability along
 * the pixels where they meet is on average below a threshold. Touching nuclei are kept apart by a line the model marks
 * as boundary; a nucleus cut in two by an uncertain seed (texture, an elongated shape) meets itself where the model
 * sees interior. Labels are renumbered from 1 in the order of the objects' first pixel.
 */
final class WeakSplitMerging {

    private WeakSplitMerging() {
    }

    static int[] merge(int[] labels, float[] boundaryProbability, int width, int height, float threshold) {
        int count = 0;
        for (int label : labels) count = Math.max(count, label);
        if (count < 2) return labels;
        Map<Long, double[]> borders = new HashMap<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (labels[i] == 0) continue;
                if (x + 1 < width) meet(borders, labels[i], labels[i + 1], boundaryProbability[i] + boundaryProbability[i + 1]);
                if (y + 1 < height) meet(borders, labels[i], labels[i + width], boundaryProbability[i] + boundaryProbability[i + width]);
            }
        }
        int[] parent = new int[count + 1];
        for (int label = 0; label <= count; label++) parent[label] = label;
        for (Map.Entry<Long, double[]> border : borders.entrySet()) {
            double[] sums = border.getValue();
            if (sums[0] / (2 * sums[1]) >= threshold) continue;
            int a = root(parent, (int) (border.getKey() >>> 32));
            int b = root(parent, (int) (border.getKey() & 0xffffffffL));
            if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
        }
        int[] renumbered = new int[count + 1];
        int next = 1;
        int[] result = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 0) continue;
            int root = root(parent, labels[i]);
            if (renumbered[root] == 0) renumbered[root] = next++;
            result[i] = renumbered[root];
        }
        return result;
    }

    private static void meet(Map<Long, double[]> borders, int a, int b, double probabilitySum) {
        if (b == 0 || a == b) return;
        long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        double[] sums = borders.computeIfAbsent(key, k -> new double[2]);
        sums[0] += probabilitySum;
        sums[1]++;
    }

    private static int root(int[] parent, int label) {
        while (parent[label] != label) {
            parent[label] = parent[parent[label]];
            label = parent[label];
        }
        return label;
    }
}
