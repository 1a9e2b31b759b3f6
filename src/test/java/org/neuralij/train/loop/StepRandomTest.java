package org.neuralij.train.loop;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each training step's random source: the same for the same seed and step (resume), and unrelated between consecutive steps. */
class StepRandomTest {

    @Test
    void theSameSeedAndStepDrawTheSameValues() {
        assertEquals(EpochLoop.stepRandom(42, 7).nextLong(), EpochLoop.stepRandom(42, 7).nextLong());
    }

    @Test
    void consecutiveStepsDrawUnrelatedFirstPatches() {
        Set<Integer> firstRows = new HashSet<>();
        int rising = 0;
        int previous = -1;
        for (int step = 1; step <= 200; step++) {
            int row = EpochLoop.stepRandom(42, step).nextInt(512);
            firstRows.add(row);
            if (row > previous) rising++;
            previous = row;
        }
        assertTrue(firstRows.size() > 130, "distinct first rows of 200 steps: " + firstRows.size());
        assertTrue(rising > 70 && rising < 130, "rising pairs: " + rising);
        // what the mixing avoids: java.util.Random seeded with consecutive numbers
        Set<Integer> plain = new HashSet<>();
        for (int step = 1; step <= 200; step++) plain.add(new Random(42 * 1_000_003L + step).nextInt(512));
        assertTrue(plain.size() < 20, "plain consecutive seeds give " + plain.size() + " distinct first rows");
    }
}
