package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.keys.Key;

import java.io.IOException;

/**
 * Restore Image ("decrappify"): runs a restoration or denoising model — by default {@code restore}, which
 * removes JPEG artefacts, noise and text written over a photograph; {@code denoise-fluo} for fluorescence
 * micrographs — over every slice of the image, giving a new image of the same size and type.
 */
public final class RestoreImage {

    public static final String DEFAULT_MODEL = "restore";
    public static final ModelRequirement REQUIREMENT = ModelRequirement.tasks(ModelKind.RESTORE, ModelKind.DENOISE);
    public static final Key<String> MODEL = Key.model(DEFAULT_MODEL);
    public static final ImageCommand<ImagePlus> COMMAND = new ImageCommand<>("Restore Image", RunModel.keys(MODEL), MODEL, REQUIREMENT,
            (input, values, context) -> new RestoreImage(context.registry()).run(input, values.get(MODEL), CommonKeys.tiling(values),
                    values.get(CommonKeys.DEVICE), context.progress()));

    private final RunModel runner;

    public RestoreImage(ModelRegistry registry) {
        runner = new RunModel(registry);
    }

    public ImagePlus run(ImagePlus input, String model, TilingOptions tiling, String device, TaskProgress progress) throws IOException {
        return runner.run(input, model, device, progress, ModelTask.image(REQUIREMENT, tiling, progress));
    }
}
