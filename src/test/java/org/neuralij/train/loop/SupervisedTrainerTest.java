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
import org.neuralij.train.optim.WeightAverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** The trained parameters in a checkpoint (block order), or the weight average it holds in their place. */
    private static float[][] parametersIn(Path checkpoint, boolean averaged) throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = network();
            WeightAverage average = read(checkpoint, block, manager);
            if (averaged) {
                assertEquals(block.getParameters().size(), average.state().get("average").size(), "an average of every parameter in the checkpoint");
                average.copyInto(block);
            }
            return parametersOf(block);
        }
    }

    private static boolean holdsAverage(Path checkpoint) throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            return !read(checkpoint, network(), manager).state().get("average").isEmpty();
        }
    }

    /** Loads a checkpoint's parameters into the block; returns the weight average it holds. */
    private static WeightAverage read(Path checkpoint, Block block, NDManager manager) throws IOException {
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 16, 16));
        WeightAverage average = new WeightAverage(0);
        Checkpoint.read(checkpoint, block, average, manager);
        return average;
    }

    private static float[][] parametersOf(Block block) {
        return block.getParameters().values().stream().map(parameter -> parameter.getArray().toFloatArray()).toArray(float[][]::new);
    }

    /** Mean L1 of the network with these parameters over the validation patches, as the trainer validates. */
    private static double validationLoss(float[][] parameters, SyntheticDenoising data) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = network();
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, data.patch(), data.patch()));
            for (int i = 0; i < parameters.length; i++) block.getParameters().get(i).getValue().getArray().set(parameters[i]);
            double sum = 0;
            float[] input = new float[data.patch() * data.patch()];
            float[] target = new float[input.length];
            for (int v = 0; v < data.validationCount(); v++) {
                data.validationPatch(v, input, target);
                Shape shape = new Shape(1, 1, data.patch(), data.patch());
                NDArray output = block.forward(new ParameterStore(manager, false), new NDList(manager.create(input, shape)), false).head();
                sum += output.sub(manager.create(target, shape)).abs().mean().getFloat();
            }
            return sum / data.validationCount();
        }
    }

    @Test
    void weightAveragingKeepsTheMeanOfTheLastEpochsWeightsAndOffersItAsTheModel() throws Exception {
        TrainingSettings settings = new TrainingSettings(4, 6, 4, 1e-2f, 100, 17).withWeightAveraging(3);
        List<float[][]> snapshots = new ArrayList<>();
        List<TrainingState.EpochRecord> offered = new ArrayList<>();
        List<float[][]> offeredWeights = new ArrayList<>();
        TrainingListener recording = new TrainingListener() {
            @Override
            public void epochDone(TrainingState.EpochRecord record, int epochs, float[] preview) {
                try {
                    if (settings.averagesAfterEpoch(record.epoch())) snapshots.add(parametersIn(temp.resolve(SupervisedTrainer.CHECKPOINT), false));
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            }

            @Override
            public void betterModel(Block block, TrainingState.EpochRecord record) {
                offered.add(record);
                offeredWeights.add(parametersOf(block));
            }
        };
        SyntheticDenoising data = new SyntheticDenoising(16, 0.1f, 2);
        TrainingState state = new SupervisedTrainer(settings, Device.cpu()).train("swa", network(), data, temp, recording);

        float[][] average = parametersIn(temp.resolve(SupervisedTrainer.CHECKPOINT), true);
        assertEquals(settings.averagedEpochs(), snapshots.size());
        for (int p = 0; p < average.length; p++) {
            float[] mean = new float[average[p].length];
            for (float[][] snapshot : snapshots) for (int i = 0; i < mean.length; i++) mean[i] += snapshot[p][i] / snapshots.size();
            assertArrayEquals(mean, average[p], 1e-6f, "parameter " + p);
        }
        double epochsBest = state.history().stream().mapToDouble(TrainingState.EpochRecord::validationLoss).min().orElseThrow();
        double averagedLoss = validationLoss(average, data);
        assertEquals(Math.min(epochsBest, averagedLoss), state.bestValidationLoss(), 1e-6);
        TrainingState.EpochRecord lastOffer = offered.get(offered.size() - 1);
        if (averagedLoss < epochsBest) {
            assertEquals(averagedLoss, lastOffer.validationLoss(), 1e-6, "the averaged weights are offered as the model");
            for (int p = 0; p < average.length; p++) assertArrayEquals(average[p], offeredWeights.get(offered.size() - 1)[p], 1e-7f);
        } else {
            assertEquals(epochsBest, lastOffer.validationLoss(), "the best epoch stays the model");
        }
    }

    @Test
    void aStoppedTrainingWithWeightAveragingResumesToTheSameAverage() throws Exception {
        TrainingSettings averaging = SHORT.withWeightAveraging(2);
        new SupervisedTrainer(averaging, Device.cpu()).train("whole", network(), new SyntheticDenoising(16, 0.1f, 2), temp.resolve("whole"), new TrainingListener() { });
        Path folder = temp.resolve("interrupted");
        TrainingState stopped = new SupervisedTrainer(averaging, Device.cpu()).train("interrupted", network(), new SyntheticDenoising(16, 0.1f, 2), folder, StopAfter.step(13));
        assertEquals(1, stopped.epoch(), "stopped after the first averaged epoch");
        new SupervisedTrainer(averaging, Device.cpu()).train("interrupted", network(), new SyntheticDenoising(16, 0.1f, 2), folder, new TrainingListener() { });
        float[][] whole = parametersIn(temp.resolve("whole").resolve(SupervisedTrainer.CHECKPOINT), true);
        float[][] resumed = parametersIn(folder.resolve(SupervisedTrainer.CHECKPOINT), true);
        for (int p = 0; p < whole.length; p++) assertArrayEquals(whole[p], resumed[p], 1e-6f, "averaged parameter " + p);
    }

    @Test
    void withoutWeightAveragingTheCheckpointHoldsNoAverageAndTheLastEpochIsTheNetwork() throws Exception {
        List<float[][]> offered = new ArrayList<>();
        TrainingListener recording = new TrainingListener() {
            @Override
            public void betterModel(Block block, TrainingState.EpochRecord record) {
                offered.add(parametersOf(block));
            }
        };
        TrainingState state = new SupervisedTrainer(SHORT, Device.cpu()).train("plain", network(), new SyntheticDenoising(16, 0.1f, 2), temp, recording);
        assertFalse(holdsAverage(temp.resolve(SupervisedTrainer.CHECKPOINT)));
        float[][] trained = parametersIn(temp.resolve(SupervisedTrainer.CHECKPOINT), false);
        double epochsBest = state.history().stream().mapToDouble(TrainingState.EpochRecord::validationLoss).min().orElseThrow();
        assertEquals(epochsBest, state.bestValidationLoss());
        if (state.history().get(1).validationLoss() == epochsBest) {
            for (int p = 0; p < trained.length; p++) assertArrayEquals(trained[p], offered.get(offered.size() - 1)[p], "the last epoch's weights are the model");
        }
    }

    @Test
    void aLossThatStaysNaNStopsTheTrainingAfterTwoRetriesAndKeepsTheLastCheckpoint() throws Exception {
        SyntheticDenoising poisoned = new SyntheticDenoising(16, 0.1f, 2).poisonFrom(9);
        Notices noting = new Notices();
        List<String> notices = noting.messages;
        TrainingDivergedException failure = assertThrows(TrainingDivergedException.class,
                () -> new SupervisedTrainer(SHORT, Device.cpu()).train("nan", network(), poisoned, temp, noting));
        assertTrue(failure.getMessage().contains("Lower lr="), failure.getMessage());
        assertEquals(2, notices.size(), "two retries from the checkpoint: " + notices);
        assertTrue(notices.get(0).contains("step 9"), notices.get(0));
        assertTrue(notices.get(1).contains("retry 2 of 2"), notices.get(1));
        TrainingState kept = CheckpointHeader.read(temp.resolve(SupervisedTrainer.CHECKPOINT));
        assertEquals(5, kept.globalStep(), "the checkpoint of step 5 survives");
    }

    /** Keeps the training's notices. */
    private static final class Notices implements TrainingListener {
        final List<String> messages = new ArrayList<>();

        @Override
        public void notice(String message) {
            messages.add(message);
        }
    }

    @Test
    void aNaNThatDoesNotComeBackIsPassedByGoingOnFromTheLastCheckpoint() throws Exception {
        SyntheticDenoising accident = new SyntheticDenoising(16, 0.1f, 2).poisonOnce(9);
        Notices noting = new Notices();
        List<String> notices = noting.messages;
        TrainingState state = new SupervisedTrainer(SHORT, Device.cpu()).train("accident", network(), accident, temp, noting);
        assertEquals(SHORT.totalSteps(), state.globalStep(), "the training finished");
        assertTrue(Double.isFinite(state.bestValidationLoss()));
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("step 9") && notices.get(0).contains("last checkpoint"), notices.get(0));
    }

    @Test
    void aNaNBeforeTheFirstCheckpointStartsTheTrainingAgain() throws Exception {
        SyntheticDenoising accident = new SyntheticDenoising(16, 0.1f, 2).poisonOnce(2);
        Notices noting = new Notices();
        TrainingState state = new SupervisedTrainer(SHORT, Device.cpu()).train("early", network(), accident, temp, noting);
        assertEquals(SHORT.totalSteps(), state.globalStep(), "the training finished");
        assertEquals(1, noting.messages.size(), noting.messages.toString());
        assertTrue(noting.messages.get(0).contains("step 2") && noting.messages.get(0).contains("from the start"), noting.messages.get(0));
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
