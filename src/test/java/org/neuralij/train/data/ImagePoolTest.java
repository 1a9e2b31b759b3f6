package org.neuralij.train.data;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImagePoolTest {

    @Test
    void fillsUpFirstThenReturnsAnOlderFakeAboutHalfTheTime() {
        ImagePool pool = new ImagePool(50);
        Random random = new Random(1);
        for (int i = 0; i < 50; i++) {
            float[] fake = {i};
            assertSame(fake, pool.query(fake, random), "returned as is while the pool fills");
        }
        assertEquals(50, pool.stored());
        int older = 0;
        Set<Float> seen = new HashSet<>();
        for (int i = 50; i < 1050; i++) {
            float[] returned = pool.query(new float[] {i}, random);
            if (returned[0] != i) {
                older++;
                assertTrue(returned[0] < i && seen.add(returned[0]), "an earlier fake, returned once: " + returned[0]);
            }
        }
        assertTrue(older > 430 && older < 570, "about half come from the history: " + older);
        assertEquals(50, pool.stored());
    }

    @Test
    void anEmptyPoolPassesFakesThroughAndANegativeSizeIsRefused() {
        float[] fake = {1};
        assertSame(fake, new ImagePool(0).query(fake, new Random(2)));
        assertThrows(IllegalArgumentException.class, () -> new ImagePool(-1));
    }
}
