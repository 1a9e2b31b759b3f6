package org.neuralij.train.loop;

import org.neuralij.image.Preview;
import org.neuralij.train.data.UnpairedData;
import ai.djl.Device;
import ai.djl.nn.Block;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.nn.NetworkPair;
import org.neuralij.nn.PatchDiscriminator;
import org.neuralij.nn.ResnetGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class CycleGanTrainerTest {

    @TempDir
    Path temp;

    /** Domain A: bright squares on a dark ground; domain B: dark squares on a bright ground (drawn independently: unpaired). */
    private static final class Squares implements UnpairedData {
        @Override
        public int channelsA() {
            return 1;
        }

        @Override
        public int channelsB() {
            return 1;
        }

        @Override
        public int patch() {
            return 32;
        }

        @Override
        public void batchA(Random random, int batch, float[] target) {
            draw(random, batch, target, 1);
        }

        @Override
        public void batchB(Random random, int batch, float[] target) {
            draw(random, batch, target, -1);
        }

        private static void draw(Random random, int batch, float[] target, float sign) {
            for (int b = 0; b < batch; b++) {
                int x0 = random.nextInt(20);
                int y0 = random.nextInt(20);
                for (int y = 0; y < 32; y++)
                    for (int x = 0; x < 32; x++) {
                        boolean inside = x >= x0 && x < x0 + 12 && y >= y0 && y < y0 + 12;
                        target[b * 1024 + y * 32 + x] = sign * (inside ? 0.8f : -0.8f);
                    }
            }
        }
    }

    private static NetworkPair generators() {
        return new NetworkPair(ResnetGenerator.builder().setInChannels(1).setOutChannels(1).optWidth(8).optResidualBlocks(1).build(),
                ResnetGenerator.builder().setInChannels(1).setOutChannels(1).optWidth(8).optResidualBlocks(1).build());
    }

    private static NetworkPair critics() {
        return new NetworkPair(PatchDiscriminator.builder().optWidth(8).build(), PatchDiscriminator.builder().optWidth(8).build());
    }

    @Test
    void theCycleReconstructionImprovesAndEveryEpochIsRecorded() throws Exception {
        TrainingSettings settings = new TrainingSettings(3, 15, 2, 2e-3f, 100, 4);
        List<Preview> previews = new ArrayList<>();
        List<Integer> savedEpochs = new ArrayList<>();
        TrainingListener watching = new TrainingListener() {
            @Override
            public void epochDone(TrainingState.EpochRecord record, int epochs, Preview preview) {
                previews.add(preview);
            }

            @Override
            public void betterModel(Block block, TrainingState.EpochRecord record) {
                assertTrue(block instanceof NetworkPair, "the pair of generators is saved");
                savedEpochs.add(record.epoch());
            }
        };
        // no identity loss: A and B differ in brightness, and asking each generator to leave the other domain
        // as it is fights the inversion it must learn, so that short runs wander (cycle L1 rose 0.43 -> 0.48 once)
        TrainingState state = new CycleGanTrainer(settings, Device.cpu(), 0f).train("squares", generators(), critics(), new Squares(), temp, watching);
        assertEquals(List.of(1, 2, 3), savedEpochs, "the generators are handed on for saving after every epoch");
        assertEquals(3, previews.size());
        Preview grid = previews.get(2);
        assertEquals(3 * 32 + 2 * PreviewGrid.GAP, grid.width());
        assertEquals(2 * 32 + PreviewGrid.GAP, grid.height());
        assertEquals(1, grid.channels());
        float[] realA = new Squares().previewA();
        float[] realB = new Squares().previewB();
        assertEquals(realA[5 * 32 + 7], grid.pixels()[5 * grid.width() + 7], "real A at the top left");
        assertEquals(realB[5 * 32 + 7], grid.pixels()[(32 + PreviewGrid.GAP + 5) * grid.width() + 7], "real B at the bottom left");
        float[] reconstructedA = new float[32 * 32];
        for (int y = 0; y < 32; y++) System.arraycopy(grid.pixels(), y * grid.width() + 2 * (32 + PreviewGrid.GAP), reconstructedA, y * 32, 32);
        double error = 0;
        for (int i = 0; i < realA.length; i++) error += Math.abs(realA[i] - reconstructedA[i]) / realA.length;
        assertTrue(error < 0.8, "the reconstructed A at the top right resembles the real A (values ±0.8): mean error " + error);
        assertEquals(3, state.history().size());
        double first = state.history().get(0).validationLoss();
        double last = state.history().get(2).validationLoss();
        assertTrue(Double.isFinite(state.history().get(2).trainingLoss()));
        assertTrue(last < 0.7 * first, "cycle L1 falls by 30 % at least: from " + first + " to " + last);
        assertEquals(4, Files.readAllLines(temp.resolve(SupervisedTrainer.CSV)).size());
        assertTrue(Files.exists(temp.resolve(CycleGanTrainer.GENERATORS_CHECKPOINT)) && Files.exists(temp.resolve(CycleGanTrainer.CRITICS_CHECKPOINT)));
    }

    @Test
    void stepsLeaveNoArraysBehindSoTrainingDoesNotSlowDown() throws Exception {
        TrainingSettings settings = new TrainingSettings(1, 24, 1, 2e-4f, 100, 4);
        Map<Integer, Integer> arrays = new HashMap<>();
        TrainingListener counting = new TrainingListener() {
            @Override
            public void stepDone(int step, int totalSteps, double loss, double secondsLeft) {
                if (step == 4 || step == 24) arrays.put(step, arraysHeldByTheEngine());
            }
        };
        new CycleGanTrainer(settings, Device.cpu(), 0.5f).train("squares", generators(), critics(), new Squares(), temp, counting);
        assertEquals(arrays.get(4), arrays.get(24), "arrays held by the engine after step 4 and after step 24");
    }

    private static int arraysHeldByTheEngine() {
        try (NDManager probe = NDManager.newBaseManager()) {
            return probe.getParentManager().getManagedArrays().size();
        }
    }

    @Test
    void aStoppedCycleGanTrainingResumesWhereItStopped() throws Exception {
        TrainingSettings settings = new TrainingSettings(2, 5, 1, 2e-4f, 100, 4);
        TrainingListener stopAfterSeven = StopAfter.step(7);
        TrainingState stopped = new CycleGanTrainer(settings, Device.cpu(), 0.5f).train("squares", generators(), critics(), new Squares(), temp, stopAfterSeven);
        assertEquals(7, stopped.globalStep());
        TrainingState finished = new CycleGanTrainer(settings, Device.cpu(), 0.5f).train("squares", generators(), critics(), new Squares(), temp, new TrainingListener() { });
        assertEquals(10, finished.globalStep());
        assertEquals(2, finished.history().size());
    }
}
