package org.neuralij.train.loop;

import org.neuralij.train.data.ImageBatches;
import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.nn.DcganCritic;
import org.neuralij.nn.DcganGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WganTrainerTest {

    @TempDir
    Path temp;

    /** 16×16 images of a bright square on a dark ground at random places. */
    private static final class Squares implements ImageBatches {
        @Override
        public int channels() {
            return 1;
        }

        @Override
        public int size() {
            return 16;
        }

        @Override
        public void batch(Random random, int batch, float[] target) {
            for (int b = 0; b < batch; b++) {
                int x0 = random.nextInt(8);
                int y0 = random.nextInt(8);
                for (int i = 0; i < 256; i++) {
                    int x = i % 16;
                    int y = i / 16;
                    target[b * 256 + i] = x >= x0 && x < x0 + 8 && y >= y0 && y < y0 + 8 ? 0.9f : -0.9f;
                }
            }
        }
    }

    private static final TrainingSettings SETTINGS = new TrainingSettings(2, 8, 4, 5e-4f, 100, 6);

    private WganTrainer trainer() {
        return new WganTrainer(SETTINGS, Device.cpu(), 8, 2, 3);
    }

    @Test
    void theCriticStaysClippedAndEveryEpochIsRecorded() throws Exception {
        Block critic = DcganCritic.build(8, 16);
        TrainingState state = trainer().train("squares", DcganGenerator.build(8, 1, 8, 16), critic, new Squares(), temp, new TrainingListener() { });
        assertEquals(2, state.history().size());
        assertTrue(Double.isFinite(state.history().get(1).trainingLoss()) && Double.isFinite(state.history().get(1).validationLoss()));
        assertEquals(3, Files.readAllLines(temp.resolve(SupervisedTrainer.CSV)).size());
        float[][] saved = savedCritic(temp);
        for (int p = 0; p < saved.length; p++) {
            for (float value : saved[p]) assertTrue(Math.abs(value) <= 0.01f + 1e-7f, "parameter " + p + " clipped: " + value);
        }
    }

    private WganTrainer gradientPenaltyTrainer() {
        return trainer().withGradientPenalty(10);
    }

    /** The critic's parameters in a training folder's checkpoint, in block order. */
    private static float[][] savedCritic(Path folder) throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block saved = DcganCritic.build(8, 16);
            saved.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 16, 16));
            Checkpoint.read(folder.resolve(WganTrainer.CRITIC_CHECKPOINT), saved, Map::of, manager);
            return saved.getParameters().values().stream().map(parameter -> parameter.getArray().toFloatArray()).toArray(float[][]::new);
        }
    }

    @Test
    void withAGradientPenaltyTheCriticIsNotClippedAndTheLossesStayFinite() throws Exception {
        TrainingState state = gradientPenaltyTrainer().train("squares-gp", DcganGenerator.build(8, 1, 8, 16), DcganCritic.build(8, 16), new Squares(), temp, new TrainingListener() { });
        assertEquals(2, state.history().size());
        for (TrainingState.EpochRecord record : state.history()) {
            assertTrue(Double.isFinite(record.trainingLoss()) && Double.isFinite(record.validationLoss()), record.toString());
        }
        float largest = 0;
        for (float[] values : savedCritic(temp)) for (float value : values) largest = Math.max(largest, Math.abs(value));
        assertTrue(largest > 0.05f, "no clipping to ±0.01: largest critic parameter " + largest);
    }

    @Test
    void aStoppedGradientPenaltyTrainingResumesToTheSameCriticAsAnUninterruptedOne() throws Exception {
        gradientPenaltyTrainer().train("whole", DcganGenerator.build(8, 1, 8, 16), DcganCritic.build(8, 16), new Squares(), temp.resolve("whole"), new TrainingListener() { });
        Path folder = temp.resolve("interrupted");
        TrainingState stopped = gradientPenaltyTrainer().train("interrupted", DcganGenerator.build(8, 1, 8, 16), DcganCritic.build(8, 16), new Squares(), folder, StopAfter.step(5));
        assertEquals(5, stopped.globalStep());
        TrainingState finished = gradientPenaltyTrainer().train("interrupted", DcganGenerator.build(8, 1, 8, 16), DcganCritic.build(8, 16), new Squares(), folder, new TrainingListener() { });
        assertEquals(16, finished.globalStep());
        float[][] whole = savedCritic(temp.resolve("whole"));
        float[][] resumed = savedCritic(folder);
        for (int i = 0; i < whole.length; i++) assertArrayEquals(whole[i], resumed[i], 1e-5f, "critic parameter " + i);
    }

    @Test
    void aStoppedWganTrainingResumesWhereItStopped() throws Exception {
        TrainingState stopped = trainer().train("squares", DcganGenerator.build(8, 1, 8, 16), DcganCritic.build(8, 16), new Squares(), temp, StopAfter.step(5));
        assertEquals(5, stopped.globalStep());
        TrainingState finished = trainer().train("squares", DcganGenerator.build(8, 1, 8, 16), DcganCritic.build(8, 16), new Squares(), temp, new TrainingListener() { });
        assertEquals(16, finished.globalStep());
        assertEquals(2, finished.history().size());
    }
}
