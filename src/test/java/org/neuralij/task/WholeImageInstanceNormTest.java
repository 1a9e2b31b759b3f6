package org.neuralij.task;

import ij.ImagePlus;
import ij.process.FloatProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.image.ImagePlanes;
import org.neuralij.image.PlaneReader;
import org.neuralij.image.Normalizer;
import org.neuralij.image.tiling.TileProgress;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.image.tiling.TilingPlan;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.model.TranslationModelFolder;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tiles of an instance-norm network (a real ResNet generator, width 8, one residual block, random weights) agree with
 * the whole-image run once every layer uses the whole image's statistics: no seam. Each tile normalising itself,
 * as a plain tiled run does, shows one.
 */
class WholeImageInstanceNormTest {

    /** Tiles of up to 80 px with the generator's 28 px margin (receptive field 26): cores of 24 px, 3 × 3 tiles on the 64 × 64 image. */
    private static final TilingOptions NINE_TILES = TilingOptions.of(80, 0);

    @TempDir
    static Path models;
    private static LoadedNetwork network;

    @BeforeAll
    static void load() throws Exception {
        network = NetworkLoader.load(ModelPackage.open(TranslationModelFolder.create(models, "random-cyclegan", 1, 1, 8, 1)), "cpu");
    }

    @AfterAll
    static void free() {
        network.close();
    }

    /** A 32-bit image whose left and right differ in brightness and texture, so that tiles have their own statistics. */
    static ImagePlus unevenImage(int size, long seed) {
        Random random = new Random(seed);
        float[] pixels = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double blob = Math.sin(x * 0.4 + y * 0.1) * Math.cos(y * 0.3);
                pixels[y * size + x] = (float) (100 + 3 * x + (x > size / 2 ? 40 * blob : 5 * blob) + 4 * random.nextGaussian());
            }
        }
        return new ImagePlus("uneven", new FloatProcessor(size, size, pixels));
    }

    private static float[] run(RunModelTask task, ImagePlus image) {
        return (float[]) task.run(image).getProcessor().getPixels();
    }

    private static RunModelTask task(TilingOptions tiling) {
        return new RunModelTask(network, tiling, TaskProgress.NONE).withInference(WholeImageInstanceNorm.of(network));
    }

    @Test
    void nineTilesGiveTheWholeImageResultWhereAPlainTiledRunShowsSeams() {
        ImagePlus image = unevenImage(64, 1);
        float[] tiled = run(task(NINE_TILES), image);
        float[] whole = run(task(TilingOptions.automatic()), image);
        float[] perTileStatistics = run(new RunModelTask(network, NINE_TILES, TaskProgress.NONE), image);
        float range = (float) (image.getStatistics().max - image.getStatistics().min);
        double seam = maxDifference(tiled, whole) / range;
        double plainSeam = maxDifference(perTileStatistics, whole) / range;
        System.out.printf("largest difference from the whole-image run, as a fraction of the input's range: whole-image statistics %.2e, "
                + "each tile its own %.2e%n", seam, plainSeam);
        assertTrue(seam < 1e-4, "tiles with the whole image's statistics differ by " + seam + " of the range");
        assertTrue(plainSeam > 100 * seam && plainSeam > 1e-3, "per-tile statistics should show: " + plainSeam);
    }

    @Test
    void theNetworkNormalisesItsOwnInputAgainAfterATiledRun() {
        ImagePlus image = unevenImage(64, 2);
        float[] before = network.predict(planeOf(image), 1, 64, 64);
        run(task(NINE_TILES), image);
        assertArrayEquals(before, network.predict(planeOf(image), 1, 64, 64), 1e-6f);
    }

    @Test
    void aCancelDuringTheStatisticsPassStopsBeforeAnyResult() {
        ImagePlus image = unevenImage(64, 3);
        int[] tiles = new int[1];
        TaskProgress cancelAfterThreeTiles = new TaskProgress() {
            @Override
            public void progress(double fraction) {
                tiles[0]++;
            }

            @Override
            public boolean isCancelled() {
                return tiles[0] >= 3;
            }
        };
        RunModelTask task = new RunModelTask(network, NINE_TILES, cancelAfterThreeTiles).withInference(WholeImageInstanceNorm.of(network));
        assertThrows(TilingCancelledException.class, () -> task.run(image));
        assertEquals(3, tiles[0], "three of the first pass's nine tiles ran");
    }

    @Test
    void progressCountsTheStatisticsPassesAndTheLastPass() {
        int[] reports = new int[2];
        TileProgress counting = new TileProgress() {
            @Override
            public void tileDone(int done, int total) {
                reports[0]++;
                reports[1] = total;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        ImagePlus image = unevenImage(64, 4);
        TilingPlan plan = RunModelTask.plan(network.manifest(), network, NINE_TILES, 64, 64);
        new WholeImageInstanceNorm(plan, network.block(), network.manager()).run(
                new NormalizedPlaneSource(new PlaneReader[] {ImagePlanes.of(image).reader(0, 0, 0)},
                        new Normalizer[] {Normalizer.identity()}, 64, 64), network, counting);
        int layers = 7; // three in the encoder, two in the residual block, two in the decoder
        assertEquals(9 * (layers + 1), reports[0]);
        assertEquals(9 * (layers + 1), reports[1]);
    }

    private static float[] planeOf(ImagePlus image) {
        return ((float[]) image.getProcessor().getPixels()).clone();
    }

    private static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
        return max;
    }
}
