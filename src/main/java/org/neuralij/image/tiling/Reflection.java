package org.neuralij.image.tiling;

/** Maps coordinates outside {@code [0, length)} back inside by mirroring at the edges without repeating the edge pixel (numpy's "reflect"). */
public final class Reflection {

    private Reflection() {
    }

    public static int reflect(int index, int length) {
        if (length == 1) return 0;
        int period = 2 * (length - 1);
        int folded = Math.floorMod(index, period);
        return folded < length ? folded : period - folded;
    }

    /** Source index of every position of a window starting at {@code start}. */
    public static int[] indexMap(int start, int windowLength, int length) {
        int[] map = new int[windowLength];
        for (int i = 0; i < windowLength; i++) map[i] = reflect(start + i, length);
        return map;
    }
}
