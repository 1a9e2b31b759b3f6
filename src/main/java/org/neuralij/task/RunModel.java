package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.NetworkLoader;

import java.io.IOException;

/**
 * The Run Model capability as every front end uses it: find the model by name or path, load
 * it on the chosen device, run it over the image, free it. Device fall-back messages go to
 * the progress status.
 */
public final class RunModel {

    private final ModelRegistry registry;

    public RunModel(ModelRegistry registry) {
        this.registry = registry;
    }

    public ImagePlus run(ImagePlus input, String model, TilingOptions tiling, String device, TaskProgress progress) throws IOException {
        return run(input, model, device, progress, (network, image) -> new RunModelTask(network, tiling, progress).run(image));
    }

    /** The same lookup and loading for a command with its own use of the model (Colorize..., …). */
    public ImagePlus run(ImagePlus input, String model, String device, TaskProgress progress, ModelTask task) throws IOException {
        InputCheck.check(input);
        ModelPackage pkg = registry.find(model);
        task.check(pkg.manifest(), input);
        progress.status("Loading model " + pkg.manifest().name() + "…");
        try (LoadedNetwork network = NetworkLoader.load(pkg, device)) {
            if (!network.device().message().isEmpty()) progress.status(network.device().message());
            return task.apply(network, input);
        }
    }
}
