package org.neuralij.train.loop;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.nn.DnCnn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupervisedTrainerTest {

    @TempDir
    Path temp;

    private static final TrainingSettings SHORT = new TrainingSettings(2, 12, 4, 3e-3f, 5, 17);

    private static Block network() {
        return DnCnn.build(1, 3, 8);
    }

    @Test
    void trainingLearnsToDenoiseAndWritesTheCsvAndCheckpoint() throws Exception {
        SyntheticDenoising data = new SyntheticDenoising(24, 0.15f, 4);
        TrainingState state = new SupervisedTrainer(new TrainingSettings(3, 40, 8, 1e-3f, 50, 3), Device.cpu())
                .train("denoise-test", network(), data, temp, new TrainingListener() { });
        double last = state.history().get(state.history().size() - 1).validationLoss();
        assertTrue(last < 0.6 * data.identityValidationLoss(), "validation L1 " + last + " against " + data.identityValidationLoss() + " for the noisy input");
        List<String> csv = Files.readAllLines(temp.resolve(SupervisedTrainer.CSV));
        assertEquals(TrainingCsv.HEADER, csv.get(0));
        assertEquals(4, csv.size());
        assertTrue(Files.exists(temp.resolve(SupervisedTrainer.CHECKPOINT)));
    }

    @Test
    void aStoppedTrainingResumesToExactlyTheSameWeightsAsAnUninterruptedOne() throws Exception {
        new SupervisedTrainer(SHORT, Device.cpu()).train("whole", network(), new SyntheticDenoising(16, 0.1f, 2), temp.resolve("whole"), new TrainingListener() { });

        Path folder = temp.resolve("interrupted");
        TrainingListener stopAfter13 = StopAfter.step(13);
        TrainingState stopped = new SupervisedTrainer(SHORT, Device.cpu()).train("interrupted", network(), new SyntheticDenoising(16, 0.1f, 2), folder, stopAfter13);
        assertEquals(13, stopped.globalStep());
        assertEquals(1, stopped.epoch());
        Block resumed = network();
        TrainingState finished = new SupervisedTrainer(SHORT, Device.cpu()).train("interrupted", resumed, new SyntheticDenoising(16, 0.1f, 2), folder, new TrainingListener() { });
        assertEquals(24, finished.globalStep());
        assertEquals(2, finished.history().size());
        assertEquals(3, Files.readAllLines(folder.resolve(SupervisedTrainer.CSV)).size(), "no epoch recorded twice");
        assertArrayEquals(outputOf(temp.resolve("whole").resolve(SupervisedTrainer.CHECKPOINT)),
                outputOf(folder.resolve(SupervisedTrainer.CHECKPOINT)), 1e-4f);
    }

    /** The output on a fixed input of the network saved in a checkpoint. */
    private static float[] outputOf(Path checkpoint) throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = network();
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 16, 16));
            Checkpoint.read(checkpoint, block, java.util.Map::of, manager);
            float[] input = new float[256];
            for (int i = 0; i < input.length; i++) input[i] = (i % 16) / 16f;
            NDArray x = manager.create(input, new Shape(1, 1, 16, 16));
            return block.forward(new ParameterStore(manager, false), new NDList(x), false).head().toFloatArray();
        }
    }

    @Test
    void aLossThatBecomesNaNStopsTheTrainingAndKeepsTheLastCheckpoint() throws Exception {
        SyntheticDenoising poisoned = new SyntheticDenoising(16, 0.1f, 2).poisonFrom(9);
        TrainingDivergedException failure = assertThrows(TrainingDivergedException.class,
                () -> new SupervisedTrainer(SHORT, Device.cpu()).train("nan", network(), poisoned, temp, new TrainingListener() { }));
        assertTrue(failure.getMessage().contains("step 9") && failure.getMessage().contains("Lower lr="), failure.getMessage());
        TrainingState kept = CheckpointHeader.read(temp.resolve(SupervisedTrainer.CHECKPOINT));
        assertEquals(5, kept.globalStep(), "the checkpoint of step 5 survives");
    }

    @Test
    void aSecondTrainingUnderTheSameNameIsRefusedWhileOneRuns() throws Exception {
        try (TrainingLock ignored = TrainingLock.acquire(temp, "busy")) {
            IOException failure = assertThrows(IOException.class,
                    () -> new SupervisedTrainer(SHORT, Device.cpu()).train("busy", network(), new SyntheticDenoising(16, 0.1f, 1), temp, new TrainingListener() { }));
            assertTrue(failure.getMessage().contains("already running"), failure.getMessage());
        }
    }

    @Test
    void badSettingsAreExplained() {
        IllegalArgumentException epochs = assertThrows(IllegalArgumentException.class, () -> new TrainingSettings(0, 10, 4, 1e-3f, 5, 1));
        assertTrue(epochs.getMessage().contains("epochs=0"));
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class, () -> new TrainingSettings(1, 10, 4, -1f, 5, 1));
        assertTrue(rate.getMessage().contains("lr=-1"));
    }
}
