package org.neuralij.task;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.OutputKind;
import org.neuralij.model.Sha256;
import org.neuralij.nn.BuiltinArchitecture;
import org.neuralij.nn.RandomWeights;
import org.neuralij.nn.SuperResolutionNet;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Small sr-resnet model folders with random weights (the same on every run), for the command tests. */
final class SuperResolutionModels {

    static final int BLOCKS = 1;

    private SuperResolutionModels() {
    }

    static Path create(Path parent, String name, ModelKind task, int scale, int channels) throws IOException {
        Map<String, Double> params = Map.of("channels", (double) channels, "scale", (double) scale, "width", 8.0, "blocks", (double) BLOCKS);
        Block block = BuiltinArchitecture.spec("sr-resnet", params).build();
        Path folder = Files.createDirectories(parent.resolve(name));
        Path weights = folder.resolve("weights.params");
        Engine.getEngine("PyTorch").setRandomSeed(scale * 10 + channels);
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            block.initialize(manager, DataType.FLOAT32, new Shape(1, channels, 16, 16));
            RandomWeights.randomizeZeroWeights(block, manager);
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(weights))) {
                block.saveParameters(out);
            }
        }
        ModelManifest manifest = new ModelManifest(ModelManifest.FORMAT, name, task, "1.0.0", "test model",
                new ModelManifest.Architecture(ModelManifest.Architecture.BUILTIN, "sr-resnet", params),
                new ModelManifest.Weights(weights.getFileName().toString(), Sha256.of(weights)),
                new ModelManifest.InputSpec(channels, "CYX", ModelManifest.NormalizationSpec.percentile(1, 99.8), 1, 4,
                        SuperResolutionNet.receptiveFieldRadius(scale, BLOCKS)),
                new ModelManifest.OutputSpec(channels, scale, OutputKind.IMAGE), ModelManifest.Provenance.empty());
        Files.writeString(folder.resolve(ModelManifest.FILE_NAME), manifest.toJson());
        return folder;
    }
}
