package org.neuralij.nn;

import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StyleTransferNetTest extends NetworkChecks {

    @Test
    void outputKeepsTheSize() {
        assertEquals(new Shape(2, 3, 16, 16), outputShape(new StyleTransferNet(4, 2), new Shape(2, 3, 16, 16)));
        assertEquals(new Shape(1, 3, 12, 20), outputShape(new StyleTransferNet(4, 2), new Shape(1, 3, 12, 20)));
    }

    @Test
    void everyParameterGetsAFiniteGradient() {
        assertFiniteGradients(new StyleTransferNet(4, 1), new Shape(2, 3, 16, 16));
    }

    @Test
    void parameterCountEqualsPyTorchTwin() {
        assertParameterCountMatchesTorch("style-net", new StyleTransferNet(), new Shape(1, 3, 16, 16));
    }

    @Test
    void builtinArchitectureReadsTheManifestParameters() {
        StyleTransferNet net = (StyleTransferNet) BuiltinArchitecture.spec("style-net", Map.of("width", 4.0, "blocks", 1.0)).build();
        assertEquals(new Shape(1, 3, 8, 8), outputShape(net, new Shape(1, 3, 8, 8)));
    }
}
