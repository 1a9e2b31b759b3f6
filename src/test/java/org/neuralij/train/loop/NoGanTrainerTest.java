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
import org.neuralij.nn.PatchDiscriminator;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoGanTrainerTest {

    @TempDir
    Path temp;

    private static final TrainingSettings SETTINGS = new TrainingSettings(2, 6, 2, 1e-4f, 100, 8);

    /** A "pretrained" generator: parameters saved from an initialised DnCNN. */
    private Path pretrained() throws IOException {
        Path weights = temp.resolve("pretrained.params");
        try (NDManager manager = NDManager.newBaseManager(); OutputStream out = Files.newOutputStream(weights)) {
            Block block = DnCnn.build(1, 3, 8);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 32, 32));
            block.saveParameters(new DataOutputStream(out));
        }
        return weights;
    }

    private static float[] output(Block block, NDManager manager) {
        float[] input = new float[32 * 32];
        for (int i = 0; i < input.length; i++) input[i] = (i % 32) / 32f;
        return block.forward(new ParameterStore(manager, false), new NDList(manager.create(input, new Shape(1, 1, 32, 32))), false).head().toFloatArray();
    }

    @Test
    void theCriticsPretrainingLeavesTheGeneratorAsPretrainedThenTheGanPhaseChangesIt() throws Exception {
        Path weights = pretrained();
        NoGanTrainer trainer = new NoGanTrainer(SETTINGS, Device.cpu(), 5, 100);
        TrainingState afterCriticOnly = trainer.train("nogan", DnCnn.build(1, 3, 8), weights, PatchDiscriminator.builder().optWidth(8).build(),
                new SyntheticDenoising(32, 0.1f, 2), temp.resolve("run"), StopAfter.step(5));
        assertEquals(5, afterCriticOnly.globalStep());
        try (NDManager manager = NDManager.newBaseManager()) {
            Block original = DnCnn.build(1, 3, 8);
            original.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 32, 32));
            SavedParameters.load(original, manager, weights, "the test generator");
            Block checkpointed = DnCnn.build(1, 3, 8);
            checkpointed.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 32, 32));
            Checkpoint.read(temp.resolve("run").resolve(NoGanTrainer.GENERATOR_CHECKPOINT), checkpointed, Map::of, manager);
            assertArrayEquals(output(original, manager), output(checkpointed, manager), 0f, "untouched while the critic pretrains");

            TrainingState finished = trainer.train("nogan", DnCnn.build(1, 3, 8), weights, PatchDiscriminator.builder().optWidth(8).build(),
                    new SyntheticDenoising(32, 0.1f, 2), temp.resolve("run"), new TrainingListener() { });
            assertEquals(12, finished.globalStep());
            assertEquals(2, finished.history().size());
            assertTrue(Double.isFinite(finished.history().get(1).validationLoss()), "pixel L1 recorded");
            Block adversarial = DnCnn.build(1, 3, 8);
            adversarial.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 32, 32));
            Checkpoint.read(temp.resolve("run").resolve(NoGanTrainer.GENERATOR_CHECKPOINT), adversarial, Map::of, manager);
            float[] before = output(original, manager);
            float[] after = output(adversarial, manager);
            double change = 0;
            for (int i = 0; i < before.length; i++) change += Math.abs(before[i] - after[i]);
            assertTrue(change > 0, "the adversarial phase trained the generator");
        }
    }

    @Test
    void aCriticPretrainingThatLeavesNoAdversarialStepIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NoGanTrainer(SETTINGS, Device.cpu(), 12, 100));
    }
}
