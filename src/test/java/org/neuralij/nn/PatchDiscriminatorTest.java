package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchDiscriminatorTest extends NetworkChecks {

    private static PatchDiscriminator.Builder tiny() {
        return PatchDiscriminator.builder().optWidth(4);
    }

    @Test
    void scoresThirtyByThirtyPatchesOfA256Image() {
        assertEquals(new Shape(1, 1, 30, 30), outputShape(tiny().build(), new Shape(1, 3, 256, 256)));
        assertEquals(new Shape(2, 1, 6, 6), outputShape(tiny().optSpectralNorm(true).build(), new Shape(2, 1, 64, 64)));
    }

    /**
     * Output (j, j) sees input pixels 8j − 23 … 8j + 46 (strides 2, 2, 2, 1, 1, padding 1): 70 px.
     * Without norm, since instance norm's statistics make every output depend on every pixel.
     */
    @Test
    void oneScoreSeesSeventyPixels() {
        PatchDiscriminator net = tiny().optNorm(PatchDiscriminator.Norm.NONE).build();
        Shape shape = new Shape(1, 1, 256, 256);
        net.initialize(manager, DataType.FLOAT32, shape);
        NDArray image = manager.randomNormal(shape);
        float before = forward(net, image, false).getFloat(0, 0, 15, 15);
        int first = 8 * 15 - 23;
        int last = first + PatchDiscriminator.RECEPTIVE_FIELD - 1;
        int row = 8 * 15 + 11;
        for (int x : new int[] {first - 1, first, last, last + 1}) {
            NDArray poked = image.duplicate();
            poked.set(new NDIndex(0, 0, row, x), 100f);
            float after = forward(net, poked, false).getFloat(0, 0, 15, 15);
            boolean inside = x >= first && x <= last;
            assertEquals(inside, Math.abs(after - before) > 1e-6f, "poke at x " + x + ": " + before + " → " + after);
        }
    }

    @Test
    void everyParameterGetsAFiniteGradient() {
        assertFiniteGradients(tiny().build(), new Shape(2, 3, 32, 32));
        assertFiniteGradients(tiny().optNorm(PatchDiscriminator.Norm.NONE).optSpectralNorm(true).build(), new Shape(2, 3, 32, 32));
    }

    @Test
    void parameterCountEqualsPyTorchTwin() {
        assertParameterCountMatchesTorch("patchgan", PatchDiscriminator.builder().build(), new Shape(1, 3, 32, 32));
        assertParameterCountMatchesTorch("patchgan-plain-spectral",
                PatchDiscriminator.builder().optWidth(32).optNorm(PatchDiscriminator.Norm.NONE).optSpectralNorm(true).build(),
                new Shape(1, 1, 32, 32));
    }

    @Test
    void spectralNormEstimatesTheLargestSingularValueAndDividesByIt() {
        SpectralNormConv2d conv = new SpectralNormConv2d(2, 8, 1, 0);
        Shape input = new Shape(1, 2, 5, 5);
        conv.initialize(manager, DataType.FLOAT32, input);
        NDArray weight = TORCH.load(manager, "spectral-weight");
        conv.getParameters().get("weight").getArray().set(weight.toFloatArray());
        float truth = TORCH.load(manager, "spectral-sigma").getFloat(0);
        NDArray image = manager.randomNormal(input);
        for (int step = 0; step < 20; step++) forward(conv, image, true);

        assertEquals(1f, conv.largestSingularValue() / truth, 1e-3f);
        Parameter state = conv.getParameters().get("u");
        assertFalse(state.requiresGradient(), "u is a state, not trained");
        NDArray expected = Conv2d.conv2d(image, weight.div(truth), conv.getParameters().get("bias").getArray()).singletonOrThrow();
        assertArrayEquals(expected.toFloatArray(), forward(conv, image, false).toFloatArray(), 1e-3f);
    }

    @Test
    void builtinArchitectureReadsTheManifestParameters() {
        PatchDiscriminator net = (PatchDiscriminator) BuiltinArchitecture.spec("patchgan", Map.of("width", 2.0, "norm", 0.0, "spectral", 1.0)).build();
        assertEquals(new Shape(1, 1, 6, 6), outputShape(net, new Shape(1, 3, 64, 64)));
        assertTrue(net.getChildren().get(0).getValue().getChildren().get(0).getValue() instanceof SpectralNormConv2d);
        assertThrows(IllegalArgumentException.class, () -> BuiltinArchitecture.spec("patchgan", Map.of("norm", 2.0)).build());
    }
}
