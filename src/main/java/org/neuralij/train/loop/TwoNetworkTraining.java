package org.neuralij.train.loop;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import org.neuralij.train.optim.StatefulOptimizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What every GAN training sets up: the generator side and the critic side, each in its own model
 * and trainer with its own optimizer and checkpoint file ({@link CheckpointedTraining} with two
 * sides, the generator's checkpoint holding the state).
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
        TrainingState run(Trainer generator, Trainer critic, TrainingState state, EpochLoop.Checkpointer checkpoints) throws IOException;
    }

    private TwoNetworkTraining() {
    }

    /** The state a training in {@code folder} starts from: where both checkpoints left it, or the beginning. */
    static TrainingState startingState(Path generatorCheckpoint, Path criticCheckpoint) throws IOException {
        return CheckpointedTraining.startingState(generatorCheckpoint, criticCheckpoint);
    }

    static TrainingState run(String name, Path folder, Device device, long seed, Side<?> generator, Side<?> critic, Body body) throws IOException {
        return CheckpointedTraining.run(name, folder, device, seed, List.of(generator, critic),
                (trainers, state, checkpoints) -> body.run(trainers.get(0), trainers.get(1), state, checkpoints));
    }
}
