package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.NetworkLoader;

import java.io.IOException;

/**
 * The Run Model capability as every front end uses it, and the core of the commands that run a
 * model of one task (Super-Resolution..., …): find the model by name or path, check that it is
 * one the command can use on this image, load it on the chosen device, run it over the image,
 * free it. Device fall-back messages go to the progress status.
 */
public final class RunModel {

    private final ModelRegistry registry;
    private final ModelRequirement requirement;

    public RunModel(ModelRegistry registry) {
        this(registry, ModelRequirement.ANY);
    }

    public RunModel(ModelRegistry registry, ModelRequirement requirement) {
        this.registry = registry;
        this.requirement = requirement;
    }

    public ImagePlus run(ImagePlus input, String model, TilingOptions tiling, String device, TaskProgress progress) throws IOException {
        InputCheck.check(input);
        ModelPackage pkg = registry.find(model);
        requirement.check(pkg, input, registry);
        progress.status("Loading model " + pkg.manifest().name() + "…");
        try (LoadedNetwork network = NetworkLoader.load(pkg, device)) {
            if (!network.device().message().isEmpty()) progress.status(network.device().message());
            return new RunModelTask(network, tiling, progress).run(input);
        }
    }
}
