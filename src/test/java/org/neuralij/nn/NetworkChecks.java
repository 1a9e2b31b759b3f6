package org.neuralij.nn;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks every architecture gets: shapes, gradients and the parameter count of its PyTorch twin. */
abstract class NetworkChecks extends ManagedArrays {

    static final TorchReference TORCH = new TorchReference();

    static NDArray forward(Block block, NDArray input, boolean training) {
        return block.forward(new ParameterStore(manager, false), new NDList(input), training).singletonOrThrow();
    }

    /** Initialises {@code block} for {@code input}, runs it, and checks the shape against the declared one. */
    static Shape outputShape(Block block, Shape input) {
        block.initialize(manager, DataType.FLOAT32, input);
        Shape declared = block.getOutputShapes(new Shape[] {input})[0];
        Shape actual = forward(block, manager.randomNormal(input), false).getShape();
        assertEquals(declared, actual, "declared output shape");
        return actual;
    }

    static void assertParameterCountMatchesTorch(String architecture, Block block, Shape input) {
        block.initialize(manager, DataType.FLOAT32, input);
        long trainable = 0;
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            if (parameter.getValue().requiresGradient()) trainable += parameter.getValue().getArray().size();
        }
        assertEquals(TORCH.parameterCount(architecture), trainable, architecture + " trainable parameters");
    }

    /** One training forward and backward of a random batch: every trainable parameter gets a finite gradient. */
    static void assertFiniteGradients(Block block, Shape input) {
        block.initialize(manager, DataType.FLOAT32, input);
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            if (parameter.getValue().requiresGradient()) parameter.getValue().getArray().setRequiresGradient(true);
        }
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray output = forward(block, manager.randomNormal(input), true);
            collector.backward(output.square().mean());
        }
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            if (!parameter.getValue().requiresGradient()) continue;
            NDArray gradient = parameter.getValue().getArray().getGradient();
            assertNotNull(gradient, parameter.getKey());
            for (float value : gradient.toFloatArray()) assertTrue(Float.isFinite(value), parameter.getKey() + " gradient " + value);
        }
    }
}
