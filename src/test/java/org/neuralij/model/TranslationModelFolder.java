package org.neuralij.model;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.neuralij.nn.BuiltinArchitecture;
import org.neuralij.nn.RandomWeights;
import org.neuralij.nn.ResnetGenerator;

import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A translation model folder for the tests: two small ResNet generators with random weights saved as
 * {@code a-to-b.params} (weights) and {@code b-to-a.params} (reverse), percentile input mapped to −1..1, the halo
 * the generator's receptive field.
 */
public final class TranslationModelFolder {

    public static final String FORWARD_FILE = "a-to-b.params";
    public static final String REVERSE_FILE = "b-to-a.params";

    private TranslationModelFolder() {
    }

    public static Path create(Path parent, String name, int channelsA, int channelsB, int width, int blocks) throws Exception {
        Path folder = Files.createDirectories(parent.resolve(name));
        Map<String, Double> forward = Map.of("inChannels", (double) channelsA, "outChannels", (double) channelsB, "width", (double) width,
                "blocks", (double) blocks);
        ModelManifest.Architecture architecture = new ModelManifest.Architecture("builtin", "resnet-generator", forward);
        saveGenerator(forward, folder.resolve(FORWARD_FILE));
        saveGenerator(architecture.withChannelsSwapped().params(), folder.resolve(REVERSE_FILE));
        ModelManifest manifest = new ModelManifest(1, name, ModelKind.TRANSLATE, "1", null, architecture,
                new ModelManifest.Weights(FORWARD_FILE, Sha256.of(folder.resolve(FORWARD_FILE))),
                new ModelManifest.InputSpec(channelsA, "CYX", ModelManifest.NormalizationSpec.percentile(1, 99.8).withRange("-1..1"), 4, 8,
                        ResnetGenerator.receptiveFieldRadius(blocks)),
                new ModelManifest.OutputSpec(channelsB, 1, OutputKind.IMAGE), ModelManifest.Provenance.empty(),
                new ModelManifest.Weights(REVERSE_FILE, Sha256.of(folder.resolve(REVERSE_FILE))));
        Files.writeString(folder.resolve(ModelManifest.FILE_NAME), manifest.toJson());
        return folder;
    }

    private static void saveGenerator(Map<String, Double> params, Path file) throws Exception {
        try (NDManager manager = NDManager.newBaseManager("PyTorch"); OutputStream out = Files.newOutputStream(file)) {
            Block block = BuiltinArchitecture.spec("resnet-generator", params).build();
            block.initialize(manager, DataType.FLOAT32, new Shape(1, params.get("inChannels").intValue(), 16, 16));
            RandomWeights.randomizeZeroWeights(block, manager);
            block.saveParameters(new DataOutputStream(out));
        }
    }
}
