package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.keys.Key;

import java.io.IOException;
import java.util.List;

/**
 * The Inpaint capability as every front end uses it: checks the image and the hole, finds the
 * model and refuses one that is not an inpainting model before loading it, fills the hole, frees
 * the model.
 */
public final class Inpaint {

    public static final String DEFAULT_MODEL = "inpaint";
    /** For the dialog's list; {@link InpaintingModel} checks the channels. */
    public static final ModelRequirement REQUIREMENT = ModelRequirement.tasks(InpaintingModel.TASK);
    public static final Key<String> MODEL = Key.model(DEFAULT_MODEL);
    /** The value of {@link #MASK} that fills the input's selection. */
    public static final String SELECTION = "selection";
    /** {@code selection}, or the title of an open image whose non-zero pixels mark the holes. */
    public static final Key<String> MASK = Key.openImage("mask", "Mask (selection, or an open mask image)", SELECTION);
    public static final ImageCommand<ImagePlus> COMMAND = new ImageCommand<>("Inpaint", List.of(MODEL, MASK, CommonKeys.TILE, CommonKeys.OVERLAP,
            CommonKeys.DEVICE), MODEL, REQUIREMENT, (input, values, context) -> new Inpaint(context.registry()).run(input,
            hole(values.get(MASK), input, context.images()), values.get(MODEL), CommonKeys.tiling(values), values.get(CommonKeys.DEVICE), context.progress()));

    private final ModelRegistry registry;

    public Inpaint(ModelRegistry registry) {
        this.registry = registry;
    }

    /** The hole {@code mask=} names for {@code input}: its selection, or the non-zero pixels of an open image. */
    public static HoleMask hole(String mask, ImagePlus input, OpenImages images) {
        if (mask == null || mask.isBlank() || SELECTION.equalsIgnoreCase(mask.trim())) return HoleMask.fromSelection(input);
        ImagePlus maskImage = images.titled(mask.trim());
        if (maskImage == null) {
            throw new IllegalArgumentException("There is no open image titled '" + mask.trim() + "' to use as the mask: give mask=selection to fill the selection, "
                    + "or the title of an open image whose white (non-zero) pixels mark the holes.");
        }
        return HoleMask.fromMaskImage(maskImage, input);
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
