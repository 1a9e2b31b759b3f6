package org.neuralij.train.loop;

import org.neuralij.nn.engine.TorchEngine;
import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a training of one or more networks sets up around its loop: each network (a
 * {@link TwoNetworkTraining.Side}) in its own model and trainer with its own optimizer and
 * checkpoint file, all resumed from their checkpoints when every one exists (else from their
 * initial weights), under the model folder's training lock. The first side's checkpoint holds the
 * training state that is resumed; it is written last.
 */
final class CheckpointedTraining {

    /** The training itself, given the prepared trainers (in the order of the sides) and the state to start from. */
    @FunctionalInterface
    interface Body {
        TrainingState run(List<Trainer> trainers, TrainingState state, EpochLoop.Checkpointer checkpoints) throws IOException;
    }

    private CheckpointedTraining() {
    }

    /** The state a training with these checkpoint files (the first holding the state) starts from: where they left it, or the beginning. */
    static TrainingState startingState(Path... checkpoints) throws IOException {
        return Arrays.stream(checkpoints).allMatch(Files::exists) ? CheckpointHeader.read(checkpoints[0]) : TrainingState.start();
    }

    static TrainingState run(String name, Path folder, Device device, long seed, List<TwoNetworkTraining.Side<?>> sides, Body body) throws IOException {
        Files.createDirectories(folder);
        boolean resume = resumable(sides);
        try (TrainingLock ignored = TrainingLock.acquire(folder, name)) {
            List<AutoCloseable> opened = new ArrayList<>();
            try {
                List<Model> models = new ArrayList<>();
                TrainingState state = TrainingState.start();
                for (TwoNetworkTraining.Side<?> side : sides) {
                    Model model = TorchEngine.newModel(name + "-" + side.label(), device);
                    opened.add(model);
                    models.add(model);
                    model.setBlock(side.block());
                    if (resume) {
                        side.block().initialize(model.getNDManager(), DataType.FLOAT32, side.shapes());
                        TrainingState saved = Checkpoint.read(side.checkpoint(), side.block(), side.optimizer(), model.getNDManager());
                        if (models.size() == 1) state = saved;
                    } else {
                        side.loadInitialWeights(model.getNDManager());
                    }
                }
                List<Trainer> trainers = new ArrayList<>();
                for (int i = 0; i < sides.size(); i++) {
                    Trainer trainer = models.get(i).newTrainer(config(sides.get(i).optimizer(), device));
                    opened.add(trainer);
                    trainers.add(trainer);
                }
                TorchEngine.get().setRandomSeed((int) seed);
                for (int i = 0; i < sides.size(); i++) trainers.get(i).initialize(sides.get(i).shapes());
                return body.run(trainers, state, saved -> {
                    for (int i = sides.size() - 1; i >= 0; i--) sides.get(i).save(saved);
                });
            } finally {
                closeInReverse(opened);
            }
        }
    }

    private static void closeInReverse(List<AutoCloseable> opened) throws IOException {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception failure) {
                throw new IOException("Could not release the training's networks: " + failure.getMessage(), failure);
            }
        }
    }

    private static boolean resumable(List<TwoNetworkTraining.Side<?>> sides) {
        return sides.stream().allMatch(side -> Files.exists(side.checkpoint()));
    }

    private static DefaultTrainingConfig config(Optimizer optimizer, Device device) {
        return new DefaultTrainingConfig(Loss.l1Loss()).optOptimizer(optimizer).optDevices(new Device[] {device});
    }
}
