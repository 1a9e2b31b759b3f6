package org.neuralij.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.nn.DnCnn;

import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkLoaderTest {

    @TempDir
    Path temp;

    @Test
    void aTorchScriptFileFromPyTorchGivesPyTorchsOutput() throws Exception {
        float[] input = Fixtures.floats("tiny-unet-io/input.f32");
        float[] expected = Fixtures.floats("tiny-unet-io/output.f32");
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(Fixtures.folder("tiny-unet")), "cpu")) {
            float[] actual = network.predict(input, 1, 40, 56);
            assertArrayEquals(expected, actual, 1e-5f);
            assertEquals(8, network.geometry().halo());
            assertEquals(2, network.geometry().sizeMultiple());
        }
    }

    @Test
    void aBuiltInNetworkComesBackFromItsSavedParametersWithTheSameOutput() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("dncnn-test"));
        float[] input = new float[32 * 24];
        Random random = new Random(3);
        for (int i = 0; i < input.length; i++) input[i] = random.nextFloat();
        float[] original;
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Block block = DnCnn.build(1, 4, 8);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 24, 32));
            try (OutputStream out = Files.newOutputStream(folder.resolve("dncnn.params"))) {
                block.saveParameters(new DataOutputStream(out));
            }
            NDArray x = manager.create(input, new Shape(1, 1, 24, 32));
            original = block.forward(new ParameterStore(manager, false), new NDList(x), false).head().toFloatArray();
        }
        writeBuiltinManifest(folder);
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(folder), "auto")) {
            assertArrayEquals(original, network.predict(input, 1, 24, 32), 1e-6f);
        }
    }

    private static void writeBuiltinManifest(Path folder) throws Exception {
        ModelManifest manifest = new ModelManifest(1, "dncnn-test", ModelKind.DENOISE, "1", null,
                new ModelManifest.Architecture("builtin", "dncnn", Map.of("channels", 1.0, "depth", 4.0, "width", 8.0)),
                new ModelManifest.Weights("dncnn.params", Sha256.of(folder.resolve("dncnn.params"))),
                new ModelManifest.InputSpec(1, "CYX", ModelManifest.NormalizationSpec.none(), 1, 1, 4),
                new ModelManifest.OutputSpec(1, 1, OutputKind.IMAGE), ModelManifest.Provenance.empty());
        Files.writeString(folder.resolve("model.json"), manifest.toJson());
    }

    /** A translation model from 1-channel A to 3-channel B: two small ResNet generators saved as weights and reverse. */
    private Path translationModel() throws Exception {
        return TranslationModelFolder.create(temp, "gray-to-rgb", 1, 3, 4, 1);
    }

    @Test
    void eachDirectionOfATranslationModelLoadsWithItsOwnChannels() throws Exception {
        ModelPackage pkg = ModelPackage.open(translationModel());
        try (LoadedNetwork toB = NetworkLoader.load(pkg, "cpu", Direction.A_TO_B);
             LoadedNetwork toA = NetworkLoader.load(pkg, "cpu", Direction.B_TO_A)) {
            float[] rgb = toB.predict(new float[16 * 12], 1, 12, 16);
            assertEquals(3 * 16 * 12, rgb.length);
            assertEquals(16 * 12, toA.predict(rgb, 3, 12, 16).length);
            assertEquals(3, toA.manifest().input().channels());
            assertEquals(1, toA.outputChannels());
            assertEquals(TranslationModelFolder.REVERSE_FILE, toA.manifest().weights().file());
        }
    }

    @Test
    void aModelWithoutReverseAskedForBToASaysWhichDirectionItHas() throws Exception {
        InvalidModelException failure = assertThrows(InvalidModelException.class,
                () -> NetworkLoader.load(ModelPackage.open(Fixtures.folder("tiny-unet")), "cpu", Direction.B_TO_A));
        assertTrue(failure.getMessage().contains("one way only") && failure.getMessage().contains("direction=A_to_B")
                && failure.getMessage().contains("task=translate"), failure.getMessage());
    }

    @Test
    void aDamagedReverseNetworkStopsBothDirectionsFromLoading() throws Exception {
        Path folder = translationModel();
        byte[] bytes = Files.readAllBytes(folder.resolve(TranslationModelFolder.REVERSE_FILE));
        bytes[bytes.length - 3] ^= 1;
        Files.write(folder.resolve(TranslationModelFolder.REVERSE_FILE), bytes);
        for (Direction direction : Direction.values()) {
            InvalidModelException failure = assertThrows(InvalidModelException.class, () -> NetworkLoader.load(ModelPackage.open(folder), "cpu", direction));
            assertTrue(failure.getMessage().contains(TranslationModelFolder.REVERSE_FILE) && failure.getMessage().contains("damaged"), failure.getMessage());
        }
    }

    @Test
    void directionsAreReadAsTheMacroSpellsThem() {
        assertEquals(Direction.B_TO_A, Direction.parse("B_to_A"));
        assertEquals(Direction.A_TO_B, Direction.parse(" a-to-b "));
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> Direction.parse("sideways"));
        assertTrue(failure.getMessage().contains("direction=sideways") && failure.getMessage().contains("A_to_B or B_to_A"), failure.getMessage());
    }

    @Test
    void aWeightsFileThatIsNotTorchScriptIsReportedAsDamaged() throws Exception {
        Path folder = Fixtures.copy("tiny-unet", temp);
        Path weights = folder.resolve("tiny_unet.pt");
        Files.write(weights, "this is not a TorchScript archive".getBytes());
        String manifest = Files.readString(folder.resolve("model.json"));
        String oldHash = ModelManifest.read(folder.resolve("model.json")).weights().sha256();
        Files.writeString(folder.resolve("model.json"), manifest.replace(oldHash, Sha256.of(weights)));
        InvalidModelException failure = assertThrows(InvalidModelException.class, () -> NetworkLoader.load(ModelPackage.open(folder), "cpu"));
        assertTrue(failure.getMessage().contains("could not be loaded as TorchScript") && failure.getMessage().contains("reinstall"), failure.getMessage());
    }

    @Test
    void weightsThatDoNotMatchTheirChecksumAreNotLoaded() throws Exception {
        Path folder = Fixtures.copy("tiny-unet", temp);
        byte[] bytes = Files.readAllBytes(folder.resolve("tiny_unet.pt"));
        bytes[bytes.length / 2] ^= 1;
        Files.write(folder.resolve("tiny_unet.pt"), bytes);
        InvalidModelException failure = assertThrows(InvalidModelException.class, () -> NetworkLoader.load(ModelPackage.open(folder), "cpu"));
        assertTrue(failure.getMessage().toLowerCase().contains("sha-256") || failure.getMessage().toLowerCase().contains("sha256"), failure.getMessage());
    }

    @Test
    void aMissingWeightsFileIsNamed() throws Exception {
        Path folder = Fixtures.copy("tiny-unet", temp);
        Files.delete(folder.resolve("tiny_unet.pt"));
        InvalidModelException failure = assertThrows(InvalidModelException.class, () -> NetworkLoader.load(ModelPackage.open(folder), "cpu"));
        assertTrue(failure.getMessage().contains("tiny_unet.pt"), failure.getMessage());
    }

    @Test
    void aModelThatFailsInsideTheEngineSaysWhereAndWhatToCheck() throws Exception {
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(Fixtures.folder("failing")), "cpu")) {
            ModelExecutionException failure = assertThrows(ModelExecutionException.class, () -> network.predict(new float[64], 1, 8, 8));
            assertTrue(failure.getMessage().contains("'failing' failed inside PyTorch") && failure.getMessage().contains("deliberate failure"), failure.getMessage());
        }
    }
}
