package org.neuralij.image.tiling;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TilingPlanTest {

    private static final NetworkGeometry UNET = new NetworkGeometry(8, 16, 20, 1);

    @Test
    void automaticTilesAreBalancedMultiplesWithinTheLimit() {
        TilingPlan plan = TilingPlan.create(2500, 700, UNET, 0, 0, 1024);
        assertEquals(24, plan.margin(), "halo 20 rounded up to the size multiple 8");
        assertEquals(3, plan.x().tileCount());
        assertEquals(1, plan.y().tileCount());
        for (int t = 0; t < plan.x().tileCount(); t++) {
            assertTrue(plan.x().windowLength(t) <= 1024);
            assertEquals(0, plan.x().windowLength(t) % 8);
            assertEquals(0, plan.x().windowStart(t) % 8);
        }
        assertTrue(plan.x().coreEnd(2) == 2500);
    }

    @Test
    void theOverlapIsNeverSmallerThanTheHalo() {
        assertEquals(24, TilingPlan.create(500, 500, UNET, 256, 4, 1024).margin());
        assertEquals(48, TilingPlan.create(500, 500, UNET, 256, 41, 1024).margin());
    }

    @Test
    void aModelWithoutAStatedHaloGetsAGenerousMargin() {
        TilingPlan plan = TilingPlan.create(500, 500, new NetworkGeometry(1, 1, 0, 1), 0, 0, 1024);
        assertEquals(TilingPlan.UNKNOWN_HALO_MARGIN, plan.margin());
    }

    @Test
    void badTileAndOverlapValuesAreExplained() {
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class, () -> TilingPlan.create(500, 500, UNET, 40, 0, 1024));
        assertTrue(small.getMessage().contains("tile=40") && small.getMessage().contains("at least"), small.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> TilingPlan.create(500, 500, UNET, 0, -3, 1024));
        assertTrue(negative.getMessage().contains("overlap=-3"), negative.getMessage());
    }

    @Test
    void reflectionMirrorsWithoutRepeatingTheEdge() {
        assertEquals(1, Reflection.reflect(-1, 5));
        assertEquals(3, Reflection.reflect(5, 5));
        assertEquals(0, Reflection.reflect(8, 5));
        assertEquals(2, Reflection.reflect(-10, 5));
        assertEquals(0, Reflection.reflect(17, 1));
    }

    @Test
    void blendWeightsSumToTheirTotalsAndCoresWeighOne() {
        AxisTiling axis = new AxisTiling(100, 32, 8, 1, 1);
        float[] totals = BlendWeights.totals(axis, 1, 2);
        for (float total : totals) assertTrue(total >= 1f);
        float[] first = BlendWeights.forTile(axis, 1, 1, 2);
        assertEquals(1f, first[8], 0f);
        assertEquals(0f, first[0], 0f, "less context than the halo weighs nothing");
    }

    @Test
    void automaticTilesGrowWithTheFreeMemoryAndA2048ImageRunsWholeOnALargeMachine() {
        assertEquals(512, AutomaticTileSize.forFreeMemory(1L << 30));
        assertEquals(1024, AutomaticTileSize.forFreeMemory(4L << 30));
        int large = AutomaticTileSize.forFreeMemory(16L << 30);
        assertEquals(1, TilingPlan.create(2048, 2048, new NetworkGeometry(8, 1, 24, 1), 0, 0, large).tileCount());
    }
}
