package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Runs a dedicated command's model (Restore Image, Super-Resolution, …) the way Run Model does, after
 * checking that the model is of the kind the command needs and takes the image's channels; otherwise
 * the message names the installed models that would fit.
 *
 * @param command  the command's name in messages, e.g. "Restore Image"
 * @param kind     what the command's models do, in messages, e.g. "restore or denoise images"
 * @param suitable which manifests the command accepts
 */
public record ModelForCommand(ModelRegistry registry, String command, String kind, Predicate<ModelManifest> suitable) {

    public ImagePlus run(ImagePlus input, String model, TilingOptions tiling, String device, TaskProgress progress) throws IOException {
        InputCheck.check(input);
        ModelPackage pkg = registry.find(model);
        ModelManifest manifest = pkg.manifest();
        if (!suitable.test(manifest)) {
            throw new IllegalArgumentException(command + " needs a model that can " + kind + ", but '" + manifest.name() + "' is a model for task '"
                    + manifest.task() + "'" + alternatives(input) + ".");
        }
        if (!ChannelGrouping.fits(input, manifest)) {
            throw new IllegalArgumentException("The model '" + manifest.name() + "' takes " + ChannelGrouping.describe(manifest.input().channels())
                    + ", but '" + input.getTitle() + "' has " + ChannelGrouping.describe(ImageChannels.count(input)) + alternatives(input) + ".");
        }
        return new RunModel(registry).run(input, pkg, tiling, device, progress);
    }

    /** The names of the installed models this command would run on {@code input}. */
    public List<String> fittingModels(ImagePlus input) {
        return registry.list().stream().map(ModelPackage::manifest).filter(suitable).filter(m -> ChannelGrouping.fits(input, m))
                .map(ModelManifest::name).distinct().toList();
    }

    private String alternatives(ImagePlus input) {
        List<String> fitting = fittingModels(input);
        return fitting.isEmpty() ? ": no installed model fits; install one with Plugins › NeuralIJ › Install Model..."
                : ": choose one that fits, e.g. model=" + String.join(" or model=", fitting);
    }
}
