package org.neuralij.train.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.nn.DnCnn;
import org.neuralij.train.optim.StatefulOptimizer;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointTest {

    @TempDir
    Path temp;

    private static Block initialised(NDManager manager) {
        Block block = DnCnn.build(1, 3, 4);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 8, 8));
        return block;
    }

    /** An optimizer state with one array per parameter, valued by the parameter's position. */
    private static StatefulOptimizer stateFor(Block block) {
        Map<String, NDArray> means = new HashMap<>();
        int i = 0;
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            means.put(parameter.getValue().getId(), parameter.getValue().getArray().onesLike().mul(++i));
        }
        return () -> Map.of("mean", means);
    }

    @Test
    void weightsOptimizerMomentsAndStateComeBackInANewNetwork() throws Exception {
        Path file = temp.resolve("checkpoint.zip");
        TrainingState state = new TrainingState(2, 3, 27, 0.25, List.of(new TrainingState.EpochRecord(1, 0.5, 0.4, 1e-3, 2.0)));
        try (NDManager manager = NDManager.newBaseManager()) {
            Block original = initialised(manager);
            Checkpoint.write(file, original, stateFor(original), state);
            Block restored = initialised(manager);
            Map<String, NDArray> means = new HashMap<>();
            TrainingState read = Checkpoint.read(file, restored, () -> Map.of("mean", means), manager);
            assertEquals(state, read);
            List<Pair<String, Parameter>> before = original.getParameters().stream().toList();
            List<Pair<String, Parameter>> after = restored.getParameters().stream().toList();
            for (int p = 0; p < before.size(); p++) {
                assertArrayEquals(before.get(p).getValue().getArray().toFloatArray(), after.get(p).getValue().getArray().toFloatArray());
                NDArray mean = means.get(after.get(p).getValue().getId());
                assertEquals(p + 1f, mean.toFloatArray()[0], "moment of parameter " + before.get(p).getKey());
            }
        }
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousCheckpointWholeAndNoPartialFile() throws Exception {
        Path file = temp.resolve("checkpoint.zip");
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = initialised(manager);
            Checkpoint.write(file, block, stateFor(block), TrainingState.start());
            byte[] previous = Files.readAllBytes(file);
            StatefulOptimizer diskFull = () -> {
                throw new UncheckedIOException(new java.io.IOException("No space left on device"));
            };
            assertThrows(UncheckedIOException.class, () -> Checkpoint.write(file, block, diskFull, TrainingState.start()));
            assertArrayEquals(previous, Files.readAllBytes(file));
            try (var files = Files.list(temp)) {
                assertEquals(1, files.count(), "no partial file left");
            }
        }
    }

    @Test
    void aCheckpointOfAnotherArchitectureIsRefusedWithAClearMessage() throws Exception {
        Path file = temp.resolve("checkpoint.zip");
        try (NDManager manager = NDManager.newBaseManager()) {
            Block small = initialised(manager);
            Checkpoint.write(file, small, stateFor(small), TrainingState.start());
            Block other = DnCnn.build(1, 5, 16);
            other.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 8, 8));
            java.io.IOException failure = assertThrows(java.io.IOException.class, () -> Checkpoint.read(file, other, Map::of, manager));
            assertTrue(failure.getMessage().contains("does not fit this network"), failure.getMessage());
        }
    }
}
