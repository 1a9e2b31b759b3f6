package org.neuralij.task;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two touching objects stay apart where the model sees a boundary between them, and become one where it does not. */
class WeakSplitMergingTest {

    /** Objects 1 (columns 0-3) and 2 (columns 4-7) meeting between columns 3 and 4, object 3 apart at columns 10-11. */
    private static int[] threeObjects() {
        int[] labels = new int[12 * 4];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 12; x++) labels[y * 12 + x] = x < 4 ? 1 : x < 8 ? 2 : x >= 10 ? 3 : 0;
        }
        return labels;
    }

    private static float[] boundaryAtTheMeeting(float probability) {
        float[] boundary = new float[12 * 4];
        for (int y = 0; y < 4; y++) {
            boundary[y * 12 + 3] = probability;
            boundary[y * 12 + 4] = probability;
        }
        return boundary;
    }

    @Test
    void aSplitTheModelSeesNoBoundaryInIsUndone() {
        int[] merged = WeakSplitMerging.merge(threeObjects(), boundaryAtTheMeeting(0.2f), 12, 4, 0.5f);
        assertEquals(1, merged[0]);
        assertEquals(1, merged[7], "the two halves are one object");
        assertEquals(2, merged[11], "the object apart keeps its own label, renumbered");
    }

    @Test
    void touchingObjectsWithABoundaryBetweenThemStayApart() {
        int[] kept = WeakSplitMerging.merge(threeObjects(), boundaryAtTheMeeting(0.8f), 12, 4, 0.5f);
        assertArrayEquals(threeObjects(), kept);
    }

    @Test
    void mergingChainsThroughSeveralWeakBorders() {
        int[] labels = threeObjects();
        for (int y = 0; y < 4; y++) {
            labels[y * 12 + 8] = 2;
            labels[y * 12 + 9] = 3;
        }
        int[] merged = WeakSplitMerging.merge(labels, new float[labels.length], 12, 4, 0.5f);
        for (int i = 0; i < merged.length; i++) assertEquals(1, merged[i], "one object at " + i);
    }
}
