package org.neuralij.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.neuralij.nn.BuiltinArchitecture;
import org.neuralij.nn.engine.TorchEngine;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a model package's network into DJL's PyTorch engine: TorchScript files as they are, built-in architectures from their saved parameters. */
public final class NetworkLoader {


    private NetworkLoader() {
    }

    /** Loads the model's network ({@code weights}; for a translation model the A→B one). */
    public static LoadedNetwork load(ModelPackage pkg, String device) throws InvalidModelException {
        return load(pkg, device, Direction.A_TO_B);
    }

    /**
     * Loads one direction's network of a translation model. The returned network's {@link LoadedNetwork#manifest()}
     * describes that network (for B→A: input and output channels swapped, {@code weights} = the reverse file).
     *
     * @throws InvalidModelException also for B→A when the model has no reverse network (the message says so)
     */
    public static LoadedNetwork load(ModelPackage pkg, String device, Direction direction) throws InvalidModelException {
        ModelManifest manifest = pkg.manifest(direction);
        Path weights = pkg.weightsFile(direction);
        pkg.verifyWeights();
        Engine engine = TorchEngine.get();
        DeviceChoice choice = DeviceSelector.forEngine(engine).select(device);
        Model model = TorchEngine.newModel(manifest.name(), choice.device());
        try {
            if (manifest.architecture().isTorchScript()) {
                model.load(weights);
            } else {
                model.setBlock(builtinBlock(model, manifest, weights));
            }
            return new LoadedNetwork(model, manifest, choice);
        } catch (IOException | MalformedModelException | EngineException | IllegalArgumentException | IllegalStateException failure) {
            model.close();
            throw new InvalidModelException("The weights of model '" + manifest.name() + "' (" + weights
                    + ") could not be loaded as " + describe(manifest.architecture()) + ": " + failure.getMessage()
                    + ". The file may be damaged or of another kind: reinstall the model or check architecture in model.json.");
        }
    }

    private static Block builtinBlock(Model model, ModelManifest manifest, Path weights) throws IOException, MalformedModelException {
        Block block = BuiltinArchitecture.spec(manifest.architecture().name(), manifest.architecture().params()).build();
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
