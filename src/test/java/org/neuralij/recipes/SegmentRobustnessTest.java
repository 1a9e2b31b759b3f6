package org.neuralij.recipes;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;

import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled segment-nuclei on the robustness suite: widefield images from a generator no model trained on, one
 * condition changed at a time (illumination, nucleus size, signal-to-noise, bit depth and offset, focus). On every
 * variation it counts the nuclei within 10 %, reaches a foreground IoU of 0.85, and does at least as well as rolling
 * ball + Otsu + watershed tuned on another image of the same kind.
 */
@Tag("slow")
class SegmentRobustnessTest {

    static final double F1_BEHIND_AT_MOST = 0.05;

    @Test
    void segmentNucleiHoldsOnEveryVariation() throws Exception {
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(Paths.get("models", "segment-nuclei")), "cpu")) {
            List<SegmentRobustness.Row> rows = SegmentRobustness.measureAll(network);
            String table = SegmentRobustness.table(rows);
            long passing = rows.stream().filter(SegmentRobustness.Row::passes).count();
            assertTrue(passing >= 9, passing + " of " + rows.size() + " variations pass:\n" + table);
            for (SegmentRobustness.Row row : rows) {
                String name = row.conditions().name() + ":\n" + table;
                assertEquals(1, row.model().countRatio(), 0.10, "objects found / true, " + name);
                assertTrue(row.model().iou() >= 0.85 && row.model().iou() >= row.classical().iou(), "foreground IoU, " + name);
                assertTrue(row.model().f1() >= row.classical().f1() - F1_BEHIND_AT_MOST, "object F1, " + name);
            }
        }
    }
}
