package org.neuralij.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.neuralij.nn.BuiltinArchitectures;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a model package's network into DJL's PyTorch engine: TorchScript files as they are, built-in architectures from their saved parameters. */
public final class NetworkLoader {

    public static final String ENGINE = "PyTorch";

    private NetworkLoader() {
    }

    public static LoadedNetwork load(ModelPackage pkg, String device) throws InvalidModelException {
        pkg.verifyWeights();
        Engine engine = Engine.getEngine(ENGINE);
        DeviceChoice choice = DeviceSelector.forEngine(engine).select(device);
        ModelManifest manifest = pkg.manifest();
        Model model = Model.newInstance(manifest.name(), choice.device(), ENGINE);
        try {
            if (manifest.architecture().isTorchScript()) {
                model.load(pkg.weightsFile());
            } else {
                model.setBlock(builtinBlock(model, manifest, pkg.weightsFile()));
            }
            return new LoadedNetwork(model, manifest, choice);
        } catch (IOException | MalformedModelException | EngineException | IllegalArgumentException | IllegalStateException failure) {
            model.close();
            throw new InvalidModelException("The weights of model '" + manifest.name() + "' (" + pkg.weightsFile()
                    + ") could not be loaded as " + describe(manifest.architecture()) + ": " + failure.getMessage()
                    + ". The file may be damaged or of another kind: reinstall the model or check architecture in model.json.");
        }
    }

    private static Block builtinBlock(Model model, ModelManifest manifest, Path weights) throws IOException, MalformedModelException {
        Block block = BuiltinArchitectures.create(manifest.architecture().name(), manifest.architecture().params());
        int size = Math.max(manifest.input().minSize(), manifest.input().sizeMultiple()) * 4;
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, manifest.input().channels(), size, size));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(weights))) {
            block.loadParameters(model.getNDManager(), new DataInputStream(in));
        }
        return block;
    }

    private static String describe(ModelManifest.Architecture architecture) {
        return architecture.isTorchScript() ? "TorchScript" : "the built-in architecture '" + architecture.name() + "'";
    }
}
