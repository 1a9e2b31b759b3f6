package org.neuralij.train.loop;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import org.neuralij.train.optim.StatefulOptimizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every GAN training sets up: the generator side and the critic side, each in its own model
 * and trainer with its own optimizer and checkpoint file, resumed from both checkpoints when both
 * exist, under the model folder's training lock.
 */
final class TwoNetworkTraining {

    /** One side: its network, the shapes it is initialised with, its optimizer and its checkpoint file. */
    record Side<O extends Optimizer & StatefulOptimizer>(String label, Block block, Shape[] shapes, O optimizer, Path checkpoint, Path initialWeights) {

        Side(String label, Block block, Shape[] shapes, O optimizer, Path checkpoint) {
            this(label, block, shapes, optimizer, checkpoint, null);
        }

        /** Loads the saved parameters this side starts from (a pretrained generator), when there are any. */
        void loadInitialWeights(NDManager manager) throws IOException {
            if (initialWeights == null) return;
            block.initialize(manager, DataType.FLOAT32, shapes);
            SavedParameters.load(block, manager, initialWeights, "the " + label);
        }

        void save(TrainingState state) throws IOException {
            Checkpoint.write(checkpoint, block, optimizer, state);
        }
    }

    /** The training itself, given the prepared trainers and the state to start from. */
    @FunctionalInterface
    interface Body {
        TrainingState run(Trainer generator, Trainer critic, TrainingState state, AdversarialEpochs.Checkpointer checkpoints) throws IOException;
    }

    private TwoNetworkTraining() {
    }

    /** The state a training in {@code folder} starts from: where both checkpoints left it, or the beginning. */
    static TrainingState startingState(Path generatorCheckpoint, Path criticCheckpoint) throws IOException {
        return resumable(generatorCheckpoint, criticCheckpoint) ? CheckpointHeader.read(generatorCheckpoint) : TrainingState.start();
    }

    static TrainingState run(String name, Path folder, Device device, long seed, Side<?> generator, Side<?> critic, Body body) throws IOException {
        Files.createDirectories(folder);
        boolean resume = resumable(generator.checkpoint(), critic.checkpoint());
        try (TrainingLock ignored = TrainingLock.acquire(folder, name);
             Model generatorModel = Model.newInstance(name + "-" + generator.label(), device, "PyTorch");
             Model criticModel = Model.newInstance(name + "-" + critic.label(), device, "PyTorch")) {
            generatorModel.setBlock(generator.block());
            criticModel.setBlock(critic.block());
            TrainingState state = TrainingState.start();
            if (resume) {
                generator.block().initialize(generatorModel.getNDManager(), DataType.FLOAT32, generator.shapes());
                critic.block().initialize(criticModel.getNDManager(), DataType.FLOAT32, critic.shapes());
                state = Checkpoint.read(generator.checkpoint(), generator.block(), generator.optimizer(), generatorModel.getNDManager());
                Checkpoint.read(critic.checkpoint(), critic.block(), critic.optimizer(), criticModel.getNDManager());
            } else {
                generator.loadInitialWeights(generatorModel.getNDManager());
                critic.loadInitialWeights(criticModel.getNDManager());
            }
            try (Trainer generatorTrainer = generatorModel.newTrainer(config(generator.optimizer(), device));
                 Trainer criticTrainer = criticModel.newTrainer(config(critic.optimizer(), device))) {
                Engine.getEngine("PyTorch").setRandomSeed((int) seed);
                generatorTrainer.initialize(generator.shapes());
                criticTrainer.initialize(critic.shapes());
                return body.run(generatorTrainer, criticTrainer, state, saved -> {
                    critic.save(saved);
                    generator.save(saved);
                });
            }
        }
    }

    private static boolean resumable(Path generatorCheckpoint, Path criticCheckpoint) {
        return Files.exists(generatorCheckpoint) && Files.exists(criticCheckpoint);
    }

    private static DefaultTrainingConfig config(Optimizer optimizer, Device device) {
        return new DefaultTrainingConfig(Loss.l1Loss()).optOptimizer(optimizer).optDevices(new Device[] {device});
    }
}
