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
        return withNetwork(model, device, progress, manifest -> { }, network -> new RunModelTask(network, tiling, progress).run(input));
    }

    /** Finds the model, lets {@code check} refuse its manifest before anything is loaded, loads it, hands it to {@code job} and frees it. */
    ImagePlus withNetwork(String model, String device, TaskProgress progress, java.util.function.Consumer<org.neuralij.model.ModelManifest> check,
                          java.util.function.Function<LoadedNetwork, ImagePlus> job) throws IOException {
        ModelPackage pkg = registry.find(model);
        check.accept(pkg.manifest());
        progress.status("Loading model " + pkg.manifest().name() + "…");
        try (LoadedNetwork network = NetworkLoader.load(pkg, device)) {
            if (!network.device().message().isEmpty()) progress.status(network.device().message());
            return job.apply(network);
        }
    }
}
