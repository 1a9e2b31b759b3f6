package org.neuralij.train.loop;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuralij.nn.BuiltinArchitecture;
import org.neuralij.nn.engine.TorchEngine;
import org.neuralij.train.optim.AdamOptimizer;
import org.neuralij.train.optim.Schedule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One training step replayed from the same saved state (weights and Adam's moments, in a new network and
 * optimizer as a resumed training has them, after a forced garbage collection) gives the same weights to the bit,
 * and they are finite. The batch is drawn in Java, so nothing depends on how libtorch draws random numbers.
 */
class RepeatableStepTest {

    private static final Shape BATCH = new Shape(4, 1, 32, 32);
    private static final int STEPS_BEFORE = 2;

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"dncnn", "unet"})
    void aStepFromTheSameSavedStateGivesTheSameWeights(String architecture) throws Exception {
        Path checkpoint = temp.resolve(architecture + ".zip");
        float[][] batches = batches(STEPS_BEFORE + 1);
        List<float[]> straight;
        try (Run run = new Run(architecture, 0)) {
            for (int step = 0; step < STEPS_BEFORE; step++) run.step(batches[step]);
            Checkpoint.write(checkpoint, run.block, run.adam, TrainingState.start());
            run.step(batches[STEPS_BEFORE]);
            straight = run.weights();
        }
        for (int replay = 0; replay < 2; replay++) {
            System.gc();
            try (Run run = new Run(architecture, STEPS_BEFORE)) {
                Checkpoint.read(checkpoint, run.block, run.adam, run.model.getNDManager());
                run.step(batches[STEPS_BEFORE]);
                List<float[]> again = run.weights();
                assertEquals(straight.size(), again.size());
                for (int i = 0; i < straight.size(); i++) {
                    for (float v : again.get(i)) assertTrue(Float.isFinite(v), "parameter " + i + " is not finite");
                    assertArrayEquals(straight.get(i), again.get(i), architecture + ": parameter " + i + " differs in replay " + (replay + 1));
                }
            }
        }
    }

    private static float[][] batches(int count) {
        Random random = new Random(19);
        float[][] batches = new float[count][Math.toIntExact(BATCH.size())];
        for (float[] batch : batches) for (int i = 0; i < batch.length; i++) batch[i] = random.nextFloat();
        return batches;
    }

    /** A network with fixed starting weights, Adam and a trainer, as SupervisedTrainer sets them up. */
    private static final class Run implements AutoCloseable {
        final Model model;
        final Block block;
        final AdamOptimizer adam;
        final Trainer trainer;

        Run(String architecture, int stepsDone) {
            model = TorchEngine.newModel(architecture, Device.cpu());
            block = BuiltinArchitecture.spec(architecture, Map.of("channels", 1.0, "depth", architecture.equals("unet") ? 2.0 : 4.0, "width", 16.0)).build();
            model.setBlock(block);
            adam = new AdamOptimizer(Schedule.constant(1e-3f), Schedule.constant(0.9f), 0.99f, stepsDone);
            trainer = model.newTrainer(new DefaultTrainingConfig(Loss.l1Loss()).optOptimizer(adam).optDevices(new Device[] {Device.cpu()}));
            TorchEngine.get().setRandomSeed(5);
            trainer.initialize(BATCH);
        }

        void step(float[] batch) {
            float[] target = new float[batch.length];
            for (int i = 0; i < batch.length; i++) target[i] = 1 - batch[i];
            float loss = TrainingStep.run(trainer, batch, BATCH, target, BATCH);
            assertTrue(Float.isFinite(loss), "loss " + loss);
        }

        List<float[]> weights() {
            List<float[]> weights = new ArrayList<>();
            for (Pair<String, Parameter> parameter : block.getParameters()) weights.add(parameter.getValue().getArray().toFloatArray());
            return weights;
        }

        @Override
        public void close() {
            trainer.close();
            model.close();
        }
    }
}
