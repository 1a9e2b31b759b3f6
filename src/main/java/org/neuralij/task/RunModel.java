package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.Direction;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.NetworkLoader;

import java.io.IOException;

/**
 * The Run Model capability as every front end uses it, and the core of every model command: find
 * the model by name or path, let the command refuse it before it is loaded, load it on the chosen
 * device, hand it to the command, free it. Device fall-back messages go to the progress status.
 */
public final class RunModel {

    private final ModelRegistry registry;

    public RunModel(ModelRegistry registry) {
        this.registry = registry;
    }

    /** Run Model...: any model, applied as it is. */
    public ImagePlus run(ImagePlus input, String model, TilingOptions tiling, String device, TaskProgress progress) throws IOException {
        return run(input, model, device, progress, ModelTask.image(ModelRequirement.ANY, tiling, progress));
    }

    public <R> R run(ImagePlus input, String model, String device, TaskProgress progress, ModelTask<R> task) throws IOException {
        return run(input, model, device, progress, task, Direction.A_TO_B);
    }

    /** With one direction's network of a translation model: the task checks and gets the manifest of that network (channels swapped for B→A). */
    public <R> R run(ImagePlus input, String model, String device, TaskProgress progress, ModelTask<R> task, Direction direction) throws IOException {
        InputCheck.check(input);
        ModelPackage pkg = registry.find(model);
        task.check(pkg.manifest(direction), input, registry);
        progress.status("Loading model " + pkg.manifest().name() + "…");
        try (LoadedNetwork network = NetworkLoader.load(pkg, device, direction)) {
            if (!network.device().message().isEmpty()) progress.notice(network.device().message());
            return task.apply(network, input);
        }
    }
}
