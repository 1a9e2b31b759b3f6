package org.neuralij.image.tiling;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TiledInferenceTest {

    private static final int WHOLE = 1 << 14;

    private static float[] run(PlaneArraySource source, BoxBlurNetwork net, int multiple, int halo, int tile, int overlap) {
        NetworkGeometry geometry = new NetworkGeometry(multiple, 1, halo, net.scale());
        TilingPlan plan = TilingPlan.create(source.width(), source.height(), geometry, tile, overlap, WHOLE);
        return new TiledInference(plan).run(source, net, TileProgress.NONE)[0];
    }

    private static float maxDifference(float[] a, float[] b) {
        assertEquals(a.length, b.length);
        float max = 0;
        for (int i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
        return max;
    }

    @Test
    void tiledEqualsUntiledWhenMarginCoversTheReceptiveField() {
        PlaneArraySource source = ArraySource.random(301, 217, 1);
        float[] whole = run(source, new BoxBlurNetwork(4, false, 1), 1, 4, 0, 0);
        BoxBlurNetwork tiled = new BoxBlurNetwork(4, false, 1);
        float[] tiles = run(source, tiled, 1, 4, 48, 4);
        assertTrue(tiled.calls > 20, "the image was really cut into tiles: " + tiled.calls);
        assertTrue(maxDifference(whole, tiles) < 1e-4f, "max difference " + maxDifference(whole, tiles));
        float[] bare = new BoxBlurNetwork(4, false, 1).predict(source.plane(0), 1, 217, 301);
        assertTrue(maxDifference(bare, tiles) < 1e-4f, "tiles give the network's own result on the whole image, edges included: " + maxDifference(bare, tiles));
    }

    @Test
    void blendingInAWiderOverlapStillMatchesTheUntiledResult() {
        PlaneArraySource source = ArraySource.random(200, 190, 2);
        float[] whole = run(source, new BoxBlurNetwork(3, false, 1), 1, 3, 0, 0);
        float[] tiles = run(source, new BoxBlurNetwork(3, false, 1), 1, 3, 64, 12);
        assertTrue(maxDifference(whole, tiles) < 1e-4f);
    }

    @Test
    void aStridedNetworkAgreesAcrossTilesWhenTilesAreAlignedToItsSizeMultiple() {
        PlaneArraySource source = ArraySource.random(157, 133, 3);
        float[] whole = run(source, new BoxBlurNetwork(2, true, 1), 2, 8, 0, 0);
        float[] tiles = run(source, new BoxBlurNetwork(2, true, 1), 2, 8, 40, 8);
        assertTrue(maxDifference(whole, tiles) < 1e-4f, "max difference " + maxDifference(whole, tiles));
    }

    @Test
    void scaleFactorMakesALargerOutputThatAlsoAgreesAcrossTiles() {
        PlaneArraySource source = ArraySource.random(90, 70, 4);
        float[] whole = run(source, new BoxBlurNetwork(2, false, 2), 1, 2, 0, 0);
        float[] tiles = run(source, new BoxBlurNetwork(2, false, 2), 1, 2, 24, 6);
        assertEquals(180 * 140, whole.length);
        assertTrue(maxDifference(whole, tiles) < 1e-4f);
    }

    @Test
    void whenTheHaloIsUnderstatedAWiderOverlapBringsTilesCloserToTheWholeImage() {
        PlaneArraySource source = ArraySource.random(256, 64, 5);
        float[] whole = run(source, new BoxBlurNetwork(6, false, 1), 1, 6, 0, 0);
        float narrow = maxDifference(whole, run(source, new BoxBlurNetwork(6, false, 1), 1, 0, 64, 3));
        float wide = maxDifference(whole, run(source, new BoxBlurNetwork(6, false, 1), 1, 0, 64, 16));
        assertTrue(wide < narrow / 2, "overlap 16: " + wide + ", overlap 3: " + narrow);
    }

    @Test
    void aConstantImageStaysConstantThroughReflectionPaddingAndBlending() {
        float[] pixels = new float[37 * 23];
        java.util.Arrays.fill(pixels, 5f);
        float[] out = run(ArraySource.of(pixels, 37, 23), new BoxBlurNetwork(0, false, 1), 4, 0, 16, 4);
        for (float value : out) assertEquals(5f, value, 1e-6f);
    }

    @Test
    void tinyAndThinImagesRunThroughReflection() {
        float[] line = run(ArraySource.random(5, 300, 6), new BoxBlurNetwork(3, true, 1), 2, 8, 64, 8);
        assertEquals(5 * 300, line.length);
        float[] single = run(ArraySource.of(new float[] {3f}, 1, 1), new BoxBlurNetwork(2, false, 1), 1, 2, 0, 0);
        assertEquals(new BoxBlurNetwork(2, false, 1).predict(new float[] {3f}, 1, 1, 1)[0], single[0], 1e-6f,
                "an image in one tile gets no margin: the network pads its edges itself, as on the whole image");
    }

    @Test
    void progressIsReportedPerTileAndCancelStopsBeforeTheNextTile() {
        PlaneArraySource source = ArraySource.random(100, 100, 7);
        TilingPlan plan = TilingPlan.create(100, 100, new NetworkGeometry(1, 1, 2, 1), 30, 2, WHOLE);
        AtomicInteger reported = new AtomicInteger();
        BoxBlurNetwork net = new BoxBlurNetwork(1, false, 1);
        TileProgress cancelAfterThree = new TileProgress() {
            @Override
            public void tileDone(int done, int total) {
                reported.set(done);
                assertEquals(plan.tileCount(), total);
            }

            @Override
            public boolean isCancelled() {
                return reported.get() >= 3;
            }
        };
        assertThrows(TilingCancelledException.class, () -> new TiledInference(plan).run(source, net, cancelAfterThree));
        assertEquals(3, net.calls);
    }

    @Test
    void aNetworkReturningTheWrongSizeIsReportedAgainstTheManifest() {
        TileNetwork wrong = new FunctionNetwork(1, 1, (input, channels, height, width) -> new float[3]);
        TilingPlan plan = TilingPlan.create(20, 20, new NetworkGeometry(1, 1, 0, 1), 0, 0, WHOLE);
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new TiledInference(plan).run(ArraySource.random(20, 20, 8), wrong, TileProgress.NONE));
        assertTrue(failure.getMessage().contains("output.channels"), failure.getMessage());
    }
}
