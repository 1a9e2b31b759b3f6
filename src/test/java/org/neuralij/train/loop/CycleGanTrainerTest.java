package org.neuralij.train.loop;

import ai.djl.Device;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.nn.NetworkPair;
import org.neuralij.nn.PatchDiscriminator;
import org.neuralij.nn.ResnetGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        TrainingState state = new CycleGanTrainer(settings, Device.cpu()).train("squares", generators(), critics(), new Squares(), temp, new TrainingListener() { });
        assertEquals(3, state.history().size());
        double first = state.history().get(0).validationLoss();
        double last = state.history().get(2).validationLoss();
        assertTrue(Double.isFinite(state.history().get(2).trainingLoss()));
        assertTrue(last < first, "cycle L1 from " + first + " to " + last);
        assertEquals(4, Files.readAllLines(temp.resolve(SupervisedTrainer.CSV)).size());
        assertTrue(Files.exists(temp.resolve(CycleGanTrainer.GENERATORS_CHECKPOINT)) && Files.exists(temp.resolve(CycleGanTrainer.CRITICS_CHECKPOINT)));
    }

    @Test
    void aStoppedCycleGanTrainingResumesWhereItStopped() throws Exception {
        TrainingSettings settings = new TrainingSettings(2, 5, 1, 2e-4f, 100, 4);
        TrainingListener stopAfterSeven = StopAfter.step(7);
        TrainingState stopped = new CycleGanTrainer(settings, Device.cpu()).train("squares", generators(), critics(), new Squares(), temp, stopAfterSeven);
        assertEquals(7, stopped.globalStep());
        TrainingState finished = new CycleGanTrainer(settings, Device.cpu()).train("squares", generators(), critics(), new Squares(), temp, new TrainingListener() { });
        assertEquals(10, finished.globalStep());
        assertEquals(2, finished.history().size());
    }
}
