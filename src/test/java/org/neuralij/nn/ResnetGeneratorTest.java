package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResnetGeneratorTest extends NetworkChecks {

    private static ResnetGenerator tiny() {
        return ResnetGenerator.builder().setInChannels(1).setOutChannels(2).optWidth(4).optResidualBlocks(2).build();
    }

    @Test
    void outputKeepsTheSizeAndIsTanhBounded() {
        assertEquals(new Shape(2, 2, 16, 16), outputShape(tiny(), new Shape(2, 1, 16, 16)));
        ResnetGenerator net = tiny();
        assertEquals(new Shape(1, 2, 12, 20), outputShape(net, new Shape(1, 1, 12, 20)));
        NDArray output = forward(net, manager.randomNormal(new Shape(1, 1, 12, 20)).mul(10), false);
        assertTrue(output.abs().max().getFloat() <= 1f);
        assertEquals(4, net.sizeMultiple());
    }

    @Test
    void sizeThatIsNotAMultipleOfFourIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> tiny().initialize(manager, DataType.FLOAT32, new Shape(1, 1, 16, 18)));
        assertTrue(error.getMessage().contains("multiples of 4") && error.getMessage().contains("18×16"), error.getMessage());
    }

    /** With instance norm fixed to given statistics (as on tiles) the network is convolutional: an impulse reaches exactly the stated radius. */
    @Test
    void anImpulseReachesExactlyTheReceptiveFieldRadius() {
        for (int blocks = 0; blocks <= 1; blocks++) {
            ResnetGenerator net = ResnetGenerator.builder().setInChannels(1).setOutChannels(1).optWidth(4).optResidualBlocks(blocks).build();
            int size = 96;
            net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, size, size));
            RandomWeights.randomizeZeroWeights(net, manager);
            for (InstanceNorm2d layer : InstanceNorm2d.layersOf(net)) {
                layer.useStatistics(input -> new NDList(input.getManager().zeros(new Shape(input.getShape().get(1))),
                        input.getManager().ones(new Shape(input.getShape().get(1)))));
            }
            float[] flat = forward(net, manager.zeros(new Shape(1, 1, size, size)), false).toFloatArray();
            int reach = 0;
            for (int p = size / 2 - 4; p < size / 2 + 4; p++) {
                NDArray impulse = manager.zeros(new Shape(1, 1, size, size));
                impulse.set(new NDIndex(0, 0, p, p), 1f);
                float[] response = forward(net, impulse, false).toFloatArray();
                for (int i = 0; i < response.length; i++) {
                    if (response[i] != flat[i]) reach = Math.max(reach, Math.max(Math.abs(i % size - p), Math.abs(i / size - p)));
                }
            }
            assertEquals(ResnetGenerator.receptiveFieldRadius(blocks), reach, "blocks " + blocks);
        }
    }

    @Test
    void everyParameterGetsAFiniteGradient() {
        assertFiniteGradients(tiny(), new Shape(2, 1, 16, 16));
    }

    @Test
    void parameterCountEqualsPyTorchTwin() {
        assertParameterCountMatchesTorch("resnet-generator", ResnetGenerator.builder().setInChannels(3).setOutChannels(3).build(),
                new Shape(1, 3, 16, 16));
        assertParameterCountMatchesTorch("resnet-generator-6",
                ResnetGenerator.builder().setInChannels(1).setOutChannels(2).optWidth(32).optResidualBlocks(6).build(), new Shape(1, 1, 16, 16));
    }

    @Test
    void builtinArchitectureReadsTheManifestParameters() {
        Block net = BuiltinArchitecture.spec("resnet-generator", Map.of("inChannels", 1.0, "outChannels", 3.0, "width", 4.0, "blocks", 1.0)).build();
        assertEquals(new Shape(1, 3, 8, 8), outputShape(net, new Shape(1, 1, 8, 8)));
    }
}
