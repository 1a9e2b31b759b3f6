package org.neuralij.nn;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.neuralij.model.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureNetworksTest extends ManagedArrays {

    private static final int[] SMALL = {4, 8, 16};

    private static RandomFeatureNetwork small(long seed) {
        return new RandomFeatureNetwork(Device.cpu(), SMALL, 2, seed);
    }

    private static NDArray image(Shape shape, int salt) {
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) values[i] = (float) (0.5 + 0.4 * Math.sin(i * 0.37 + salt));
        return manager.create(values, shape);
    }

    @Test
    void theSameSeedGivesTheSameNetworkAndAnotherSeedAnother() {
        NDArray x = image(new Shape(1, 3, 16, 16), 0);
        try (RandomFeatureNetwork a = small(5); RandomFeatureNetwork b = small(5); RandomFeatureNetwork c = small(6)) {
            for (int i = 0; i < SMALL.length; i++) {
                assertArrayEquals(a.taps(x).get(i).toFloatArray(), b.taps(x).get(i).toFloatArray(), 0f, "tap " + i);
            }
            float difference = a.taps(x).get(2).sub(c.taps(x).get(2)).abs().mean().getFloat();
            assertTrue(difference > 1e-3, "different seeds differ by " + difference);
        }
    }

    @Test
    void tapsAreTheActivationsBeforeEachPooling() {
        try (RandomFeatureNetwork network = small(1)) {
            NDList taps = network.taps(image(new Shape(2, 3, 32, 24), 1));
            assertEquals(3, network.tapCount());
            assertEquals(new Shape(2, 4, 32, 24), taps.get(0).getShape());
            assertEquals(new Shape(2, 8, 16, 12), taps.get(1).getShape());
            assertEquals(new Shape(2, 16, 8, 6), taps.get(2).getShape());
            assertTrue(taps.get(0).min().getFloat() >= 0, "after ReLU");
        }
    }

    @Test
    void kaimingScalingKeepsTheActivationsOfTheSameOrderAtEveryDepth() {
        try (RandomFeatureNetwork network = RandomFeatureNetwork.standard(Device.cpu())) {
            NDList taps = network.taps(image(new Shape(1, 3, 64, 64), 2));
            for (NDArray tap : taps) {
                float meanSquare = tap.square().mean().getFloat();
                assertTrue(meanSquare > 0.05 && meanSquare < 20, "mean square activation " + meanSquare + " of " + tap.getShape());
            }
        }
    }

    @Test
    void aGrayImageIsSeenAsTheSameGrayInRgb() {
        NDArray gray = image(new Shape(1, 1, 16, 16), 3);
        try (RandomFeatureNetwork network = small(2)) {
            assertArrayEquals(network.taps(gray.repeat(1, 3)).get(1).toFloatArray(), network.taps(gray).get(1).toFloatArray(), 0f);
        }
        assertThrows(IllegalArgumentException.class, () -> ImageNetInput.normalize(image(new Shape(1, 2, 8, 8), 0)));
    }

    @Test
    void theRandomNetworkIsFrozenButPassesGradientsToItsInput() {
        try (RandomFeatureNetwork network = small(3)) {
            assertGradientReachesOnlyTheInput(network, network.parameters());
        }
    }

    @Test
    void aTorchScriptVggGivesWhatPyTorchGives() throws IOException {
        for (String name : new String[] {"plain", "batchnorm"}) {
            try (TorchScriptFeatureNetwork network = TorchScriptFeatureNetwork.load(Fixtures.folder("vgg-taps/" + name + ".pt"), Device.cpu())) {
                assertEquals(3, network.tapCount());
                NDArray input = reference("input");
                for (int pass = 0; pass < 2; pass++) {
                    NDList taps = network.taps(input);
                    for (int i = 0; i < 3; i++) {
                        NDArray expected = reference(name + "-tap" + i);
                        assertEquals(expected.getShape(), taps.get(i).getShape(), name + " tap " + i);
                        assertArrayEquals(expected.toFloatArray(), taps.get(i).toFloatArray(), 1e-4f, name + " tap " + i + " pass " + pass);
                    }
                    // the second pass checks that a pass with gradients left the module in eval mode
                    assertGradientReachesOnlyTheInput(network, network.parameters());
                }
            }
        }
    }

    @Test
    void aFileThatIsNoFeatureNetworkIsRefusedWithWhatToExport() {
        IOException missing = assertThrows(IOException.class, () -> TorchScriptFeatureNetwork.load(Path.of("no-such-vgg.pt"), Device.cpu()));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        IOException single = assertThrows(IOException.class, () -> TorchScriptFeatureNetwork.load(Fixtures.folder("tiny-unet/tiny_unet.pt"), Device.cpu()));
        assertTrue(single.getMessage().contains("docs/feature-networks.md"), single.getMessage());
    }

    private static void assertGradientReachesOnlyTheInput(FeatureExtractor network, NDList parameters) {
        NDArray input = image(new Shape(1, 3, 24, 20), 4);
        input.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDList taps = network.taps(input);
            NDArray loss = taps.get(0).mean();
            for (int i = 1; i < taps.size(); i++) loss = loss.add(taps.get(i).square().mean());
            collector.backward(loss);
        }
        float gradient = input.getGradient().abs().sum().getFloat();
        assertTrue(gradient > 0 && Float.isFinite(gradient), "input gradient " + gradient);
        assertFalse(parameters.isEmpty());
        for (NDArray parameter : parameters) assertFalse(parameter.hasGradient(), "a feature-network parameter records gradients");
    }

    private static NDArray reference(String name) {
        try {
            JsonObject shapes = JsonParser.parseString(Files.readString(Fixtures.folder("vgg-taps/shapes.json"))).getAsJsonObject().getAsJsonObject("shapes");
            JsonArray dims = shapes.getAsJsonArray(name);
            long[] shape = new long[dims.size()];
            for (int i = 0; i < shape.length; i++) shape[i] = dims.get(i).getAsLong();
            return manager.create(Fixtures.floats("vgg-taps/" + name + ".f32"), new Shape(shape));
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }
}
