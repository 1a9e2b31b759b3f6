package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;

import java.io.IOException;

/**
 * The Inpaint capability as every front end uses it: checks the image and the hole, finds the
 * model and refuses one that is not an inpainting model before loading it, fills the hole, frees
 * the model.
 */
public final class Inpaint {

    public static final String DEFAULT_MODEL = "inpaint";
    /** For the dialog's list; {@link InpaintingModel} checks the channels. */
    public static final ModelRequirement REQUIREMENT = ModelRequirement.tasks(InpaintingModel.TASK);

    private final ModelRegistry registry;

    public Inpaint(ModelRegistry registry) {
        this.registry = registry;
    }

    public ImagePlus run(ImagePlus input, HoleMask hole, String model, TilingOptions tiling, String device, TaskProgress progress) throws IOException {
        InputCheck.check(input);
        hole.checkFits(input);
        return new RunModel(registry).run(input, model, device, progress, new ModelTask<>() {
            @Override
            public void check(ModelManifest manifest, ImagePlus image, ModelRegistry models) {
                InpaintingModel.groups(manifest, image);
            }

            @Override
            public ImagePlus apply(LoadedNetwork network, ImagePlus image) {
                return new InpaintTask(network, tiling, progress).run(image, hole);
            }
        });
    }
}
