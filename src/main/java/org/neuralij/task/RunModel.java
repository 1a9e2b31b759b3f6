package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.Direction;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.keys.Key;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Run Model capability as every front end uses it, and the core of every model command: find
 * the model by name or path, let the command refuse it before it is loaded, load it on the chosen
 * device, hand it to the command, free it. Device fall-back messages go to the progress status.
 */
public final class RunModel {

    public static final String DEFAULT_MODEL = "denoise-gray";
    public static final Key<String> MODEL = Key.model(DEFAULT_MODEL);
    /** Run Model...: any model, applied as it is. */
    public static final ImageCommand<ImagePlus> COMMAND = new ImageCommand<>("Run Model", keys(MODEL), MODEL, ModelRequirement.ANY,
            (input, values, context) -> new RunModel(context.registry()).run(input, values.get(MODEL), CommonKeys.tiling(values),
                    values.get(CommonKeys.DEVICE), context.progress()));

    private final ModelRegistry registry;

    /** The model key, then tile, overlap and device: the keys of the commands that only apply a model. */
    static List<Key<?>> keys(Key<String> model) {
        List<Key<?>> keys = new ArrayList<>();
        keys.add(model);
        keys.addAll(CommonKeys.TILING_AND_DEVICE);
        return keys;
    }

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
