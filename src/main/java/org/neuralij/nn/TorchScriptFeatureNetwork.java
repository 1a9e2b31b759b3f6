package org.neuralij.nn;

import org.neuralij.nn.engine.TorchEngine;
import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValueUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A pretrained feature network supplied as a TorchScript file whose forward takes an
 * ImageNet-normalised N×3×H×W batch and returns the list (or tuple) of its tap activations —
 * for torchvision's VGG16/VGG19, the wrapper of {@code docs/feature-networks.md} around
 * {@code vgg.features}, which returns the activations before each MaxPool2d. Its parameters are
 * frozen and it is kept in eval mode (batch-norm variants use their running statistics),
 * yet run with autograd on, so that gradients reach the input.
 */
public final class TorchScriptFeatureNetwork implements FeatureExtractor {

    private final Model model;
    private final PtSymbolBlock module;
    private final Path file;
    private final int tapCount;

    private TorchScriptFeatureNetwork(Model model, PtSymbolBlock module, Path file, int tapCount) {
        this.model = model;
        this.module = module;
        this.file = file;
        this.tapCount = tapCount;
    }

    /** Loads the file and runs it once on a small image to learn (and check) its taps. */
    public static TorchScriptFeatureNetwork load(Path file, Device device) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("The feature network file " + file + " does not exist.");
        Model model = TorchEngine.newModel("features-" + file.getFileName(), device);
        try {
            // loaded as trainable, then frozen by hand: DJL loads frozen parameters as inference tensors, which cannot take part in a backward pass at all
            model.load(file, null, Map.of("trainParam", "true"));
            if (!(model.getBlock() instanceof PtSymbolBlock module)) throw new IOException(file + " is not a TorchScript module");
            module.getParameters().values().forEach(parameter -> parameter.getArray().setRequiresGradient(false));
            TorchScriptFeatureNetwork network = new TorchScriptFeatureNetwork(model, module, file, 0);
            NDList probe = network.run(model.getNDManager().zeros(new ai.djl.ndarray.types.Shape(1, 3, 64, 64)));
            if (probe.size() < 2) throw new IOException("it returns " + probe.size() + " activation, where a list of the activations before each pooling is wanted (a bare `features` export returns only the last)");
            for (NDArray tap : probe) {
                if (tap.getShape().dimension() != 4) throw new IOException("its output " + tap.getShape() + " is not an N×C×H×W activation");
            }
            return new TorchScriptFeatureNetwork(model, module, file, probe.size());
        } catch (IOException | MalformedModelException | EngineException | IllegalArgumentException failure) {
            model.close();
            throw new IOException("The feature network " + file + " could not be used: " + failure.getMessage()
                    + ". It must be a TorchScript module returning a list of activations, exported as docs/feature-networks.md shows.", failure);
        }
    }

    @Override
    public NDList taps(NDArray images) {
        return run(ImageNetInput.normalize(images));
    }

    /**
     * Calls the module directly rather than through {@code Block.forward}: DJL would switch the
     * module to training mode to get gradients, and batch norm would then use batch statistics.
     */
    private NDList run(NDArray normalized) {
        NDList taps = IValueUtils.forward(module, new NDList(normalized), true);
        if (tapCount > 0 && taps.size() != tapCount) {
            throw new IllegalStateException("The feature network " + file + " gave " + taps.size() + " activations instead of " + tapCount);
        }
        return taps;
    }

    @Override
    public int tapCount() {
        return tapCount;
    }

    @Override
    public String description() {
        return "TorchScript feature network " + file.getFileName() + " (" + tapCount + " taps)";
    }

    /** The module's parameters, for tests. */
    NDList parameters() {
        NDList all = new NDList();
        module.getParameters().values().forEach(parameter -> all.add(parameter.getArray()));
        return all;
    }

    @Override
    public void close() {
        model.close();
    }
}
