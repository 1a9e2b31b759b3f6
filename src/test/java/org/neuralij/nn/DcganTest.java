package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DcganTest extends NetworkChecks {

    @Test
    void generatorTurnsNoiseIntoTanhImagesOfTheGivenSize() {
        assertEquals(new Shape(2, 1, 32, 32), outputShape(DcganGenerator.build(16, 1, 4, 32), new Shape(2, 16, 1, 1)));
        Block net = DcganGenerator.build(8, 3, 2, 64);
        assertEquals(new Shape(2, 3, 64, 64), outputShape(net, new Shape(2, 8, 1, 1)));
        NDArray images = forward(net, manager.randomNormal(new Shape(2, 8, 1, 1)).mul(10), false);
        assertTrue(images.abs().max().getFloat() <= 1f);
    }

    @Test
    void criticGivesOneRawScorePerImage() {
        assertEquals(new Shape(3, 1), outputShape(DcganCritic.build(4, 32), new Shape(3, 1, 32, 32)));
        assertEquals(new Shape(2, 1), outputShape(DcganCritic.build(2, 64), new Shape(2, 3, 64, 64)));
    }

    @Test
    void imageSizeMustBeAPowerOfTwo() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DcganCritic.build(4, 48));
        assertTrue(error.getMessage().contains("power of 2"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DcganGenerator.build(8, 1, 4, 4));
    }

    @Test
    void everyParameterGetsAFiniteGradient() {
        assertFiniteGradients(DcganGenerator.build(8, 1, 4, 32), new Shape(2, 8, 1, 1));
        assertFiniteGradients(DcganCritic.build(4, 32), new Shape(2, 1, 32, 32));
    }

    @Test
    void parameterCountEqualsPyTorchTwin() {
        assertParameterCountMatchesTorch("dcgan-generator", DcganGenerator.build(100, 3, 64, 64), new Shape(1, 100, 1, 1));
        assertParameterCountMatchesTorch("dcgan-critic", DcganCritic.build(64, 64), new Shape(1, 3, 64, 64));
        assertParameterCountMatchesTorch("dcgan-generator-32", DcganGenerator.build(16, 1, 8, 32), new Shape(1, 16, 1, 1));
        assertParameterCountMatchesTorch("dcgan-critic-32", DcganCritic.build(8, 32), new Shape(1, 1, 32, 32));
    }
}
