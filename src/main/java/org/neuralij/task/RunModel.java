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
        InputCheck.check(input);
        return run(input, registry.find(model), tiling, device, progress);
    }

    /** Runs a model already found in the registry. */
    public ImagePlus run(ImagePlus input, ModelPackage pkg, TilingOptions tiling, String device, TaskProgress progress) throws IOException {
        progress.status("Loading model " + pkg.manifest().name() + "…");
        try (LoadedNetwork network = NetworkLoader.load(pkg, device)) {
            if (!network.device().message().isEmpty()) progress.status(network.device().message());
            return new RunModelTask(network, tiling, progress).run(input);
        }
    }
}
