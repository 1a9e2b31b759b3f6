package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;

import java.io.IOException;
import java.util.Set;

/**
 * Restore Image ("decrappify"): runs a restoration or denoising model — by default {@code restore}, which
 * removes JPEG artefacts, noise and text written over a photograph; {@code denoise-fluo} for fluorescence
 * micrographs — over every slice of the image, giving a new image of the same size and type.
 */
public final class RestoreImage {

    public static final String DEFAULT_MODEL = "restore";
    static final Set<String> TASKS = Set.of("restore", "denoise");

    private final ModelForCommand models;

    public RestoreImage(ModelRegistry registry) {
        models = new ModelForCommand(registry, "Restore Image", "restore or denoise images (task restore or denoise, same size out)", RestoreImage::suitable);
    }

    public ImagePlus run(ImagePlus input, String model, TilingOptions tiling, String device, TaskProgress progress) throws IOException {
        return models.run(input, model, tiling, device, progress);
    }

    public ModelForCommand models() {
        return models;
    }

    static boolean suitable(ModelManifest manifest) {
        return TASKS.contains(manifest.task()) && manifest.output().scale() == 1 && OutputKind.of(manifest.output().kind()) == OutputKind.IMAGE;
    }
}
