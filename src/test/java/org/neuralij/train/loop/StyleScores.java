package org.neuralij.train.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.neuralij.train.loss.StyleTransferLoss;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The unweighted style and content losses of a style network's outputs on fixed content patches: how well it stylises. */
public record StyleScores(double style, double content) {

    public static StyleScores of(Block network, StyleTransferLoss loss, NDArray patches) {
        NDArray output = network.forward(new ParameterStore(patches.getManager(), false), new NDList(patches), false).head();
        StyleTransferLoss.Parts parts = loss.evaluate(output, patches);
        return new StyleScores(parts.style().getFloat(), parts.content().getFloat());
    }

    /** A fresh network of {@code settings}' architecture with random weights from the engine's generator. */
    public static Block untrained(FastStyleSettings settings, NDManager manager, Shape input) {
        Block network = settings.network();
        network.initialize(manager, DataType.FLOAT32, input);
        return network;
    }

    /** The network saved in a fast-style checkpoint. */
    public static Block trained(FastStyleSettings settings, Path folder, NDManager manager, Shape input) throws IOException {
        Block network = untrained(settings, manager, input);
        Checkpoint.read(folder.resolve(FastStyleTrainer.CHECKPOINT), network, Map::of, manager);
        return network;
    }
}
