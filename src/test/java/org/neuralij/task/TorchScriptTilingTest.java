package org.neuralij.task;

import ij.ImagePlus;
import ij.process.FloatProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuralij.model.Fixtures;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real TorchScript U-Net fixture (stride-2 stage, halo 8) run whole and in tiles gives the same image. */
class TorchScriptTilingTest {

    private static LoadedNetwork network;

    @BeforeAll
    static void load() throws Exception {
        network = NetworkLoader.load(ModelPackage.open(Fixtures.folder("tiny-unet")), "cpu");
    }

    @AfterAll
    static void close() {
        network.close();
    }

    private static ImagePlus pattern(int width, int height) {
        float[] pixels = new float[width * height];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++) pixels[y * width + x] = (float) (0.5 + 0.4 * Math.sin(x / 4.0) * Math.cos(y / 7.0) + ((x * 31 + y * 17) % 13) / 40.0);
        return new ImagePlus("pattern", new FloatProcessor(width, height, pixels));
    }

    static float maxDifference(ImagePlus a, ImagePlus b) {
        float[] p = (float[]) a.getProcessor().getPixels();
        float[] q = (float[]) b.getProcessor().getPixels();
        assertEquals(p.length, q.length);
        float max = 0;
        for (int i = 0; i < p.length; i++) max = Math.max(max, Math.abs(p[i] - q[i]));
        return max;
    }

    private static ImagePlus run(ImagePlus input, TilingOptions tiling) {
        return new RunModelTask(network, tiling, TaskProgress.NONE).run(input);
    }

    @Test
    void tilesCroppedAtTheHaloAgreeWithTheWholeImageTo1e4() {
        ImagePlus input = pattern(203, 151);
        ImagePlus whole = run(input, TilingOptions.automatic());
        assertTrue(maxDifference(whole, run(input, TilingOptions.of(48, 8))) < 1e-4f);
    }

    @Test
    void tilesBlendedOverAWiderOverlapAgreeWithTheWholeImageTo1e4() {
        ImagePlus input = pattern(130, 97);
        ImagePlus whole = run(input, TilingOptions.automatic());
        assertTrue(maxDifference(whole, run(input, TilingOptions.of(64, 20))) < 1e-4f);
    }

    @Test
    void theModelReallyChangesTheImage() {
        ImagePlus input = pattern(64, 64);
        assertTrue(maxDifference(input, run(input, TilingOptions.automatic())) > 1e-3f);
    }
}
