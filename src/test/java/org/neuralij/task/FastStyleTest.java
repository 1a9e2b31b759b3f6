package org.neuralij.task;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ColorProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neuralij.model.ModelRegistry;

import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Style Transfer... method=fast with the bundled style-default: tiles agree with the whole image, the input stays as it was. */
class FastStyleTest {

    private final FastStyle fastStyle = new FastStyle(new ModelRegistry(List.of(Paths.get("models"))));

    @Test
    @Tag("slow")
    void smallTilesPaintWhatTheWholeImagePaints() throws Exception {
        ImagePlus photo = IJ.openImage("test-images/coffee.png");
        photo.setRoi(40, 30, 360, 280);
        ImagePlus crop = photo.crop();
        int[] before = ((int[]) crop.getProcessor().getPixels()).clone();
        ImagePlus whole = fastStyle.run(crop, FastStyle.DEFAULT_MODEL, TilingOptions.automatic(), "cpu", TaskProgress.NONE).image();
        ImagePlus tiled = fastStyle.run(crop, FastStyle.DEFAULT_MODEL, TilingOptions.of(192, 0), "cpu", TaskProgress.NONE).image();
        assertEquals(List.of(360, 280, 24), List.of(tiled.getWidth(), tiled.getHeight(), tiled.getBitDepth()));
        int[] a = (int[]) whole.getProcessor().getPixels();
        int[] b = (int[]) tiled.getProcessor().getPixels();
        int largest = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) largest = Math.max(largest, Math.abs((a[i] >> shift & 0xff) - (b[i] >> shift & 0xff)));
        }
        assertTrue(largest <= 2, "3x2 tiles of 192 px against one: largest difference " + largest + " grey levels");
        assertArrayEquals(before, (int[]) crop.getProcessor().getPixels(), "the input is unchanged");
        assertTrue(((ColorProcessor) whole.getProcessor()).getStatistics().stdDev > 5, "the painting is not flat");
    }
}
