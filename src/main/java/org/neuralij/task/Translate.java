package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.Direction;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.keys.Key;

import java.io.IOException;
import java.util.List;

/**
 * Translate (CycleGAN)...: applies one of a translation model's two generators (A→B or B→A) to every plane of an
 * image, tiled, with instance norm over the whole image ({@link WholeImageInstanceNorm}) so that tiles agree.
 * Optionally takes the result back with the other generator and measures how far the reconstruction is from the
 * input ({@link CycleError}). The image must have the channels of the direction's source domain; other models and
 * channel counts are refused naming the models that fit. The input is never changed.
 */
public final class Translate {

    public static final ModelKind TASK = ModelKind.TRANSLATE;
    public static final String DEFAULT_MODEL = "cyclegan";
    public static final ModelRequirement REQUIREMENT = ModelRequirement.tasks(TASK).withExactChannels();
    public static final Key<String> MODEL = Key.model(DEFAULT_MODEL);
    public static final Key<Direction> DIRECTION = Key.choice("direction", "Direction", Direction.class, Direction::key, Direction.A_TO_B, Direction::parse);
    public static final Key<Boolean> RECONSTRUCT = Key.flag("reconstruct", "Reconstruct (translate back and measure the cycle L1)");
    public static final ImageCommand<Translation> COMMAND = new ImageCommand<>("Translate (CycleGAN)", List.of(MODEL, DIRECTION, RECONSTRUCT,
            CommonKeys.TILE, CommonKeys.OVERLAP, CommonKeys.DEVICE), MODEL, REQUIREMENT, (input, values, context) -> new Translate(context.registry()).run(
            input, values.get(MODEL), values.get(DIRECTION), values.get(RECONSTRUCT), CommonKeys.tiling(values), values.get(CommonKeys.DEVICE),
            context.progress()));

    private final ModelRegistry registry;

    public Translate(ModelRegistry registry) {
        this.registry = registry;
    }

    public Translation run(ImagePlus input, String model, Direction direction, boolean reconstruct, TilingOptions tiling, String device,
                           TaskProgress progress) throws IOException {
        RunModel runner = new RunModel(registry);
        TaskProgress first = reconstruct ? progress.part(0, 0.5) : progress;
        ImagePlus translated = runner.run(input, model, device, first, task(tiling, first), direction);
        String base = RunModelTask.baseTitle(input.getTitle());
        translated.setTitle(base + "-" + direction.key());
        if (!reconstruct) return new Translation(translated, null, Double.NaN);
        TaskProgress second = progress.part(0.5, 1);
        progress.status("Translating " + translated.getTitle() + " back to check the cycle…");
        ImagePlus reconstruction = runner.run(translated, model, device, second, task(tiling, second), direction.opposite());
        reconstruction.setTitle(base + "-reconstruction");
        double error = CycleError.of(input, reconstruction, registry.find(model).manifest(direction).input().normalization());
        return new Translation(translated, reconstruction, error);
    }

    private static ModelTask<ImagePlus> task(TilingOptions tiling, TaskProgress progress) {
        return ModelTask.instanceNormImage(REQUIREMENT, tiling, progress);
    }
}
