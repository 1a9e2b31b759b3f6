package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelRegistry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Style Transfer... method=fast: a feed-forward style network (Johnson et al.; trained by Train
 * Model task=style, or the bundled {@value #DEFAULT_MODEL}) paints every plane of the image in one
 * pass, tiled as Run Model with the whole image's instance-norm statistics ({@link WholeImageInstanceNorm}), so
 * tiles agree as in Translate. The network takes 8-bit RGB: a gray image is used through its display
 * range and the notes say so. The result is 8-bit RGB; the input is never changed.
 */
public final class FastStyle {

    public static final String DEFAULT_MODEL = "style-default";
    public static final ModelRequirement REQUIREMENT = ModelRequirement.tasks(ModelKind.STYLE);

    private final ModelRegistry registry;

    public FastStyle(ModelRegistry registry) {
        this.registry = registry;
    }

    public StyleResult run(ImagePlus input, String model, TilingOptions tiling, String device, TaskProgress progress) throws IOException {
        InputCheck.check(input);
        List<String> notes = new ArrayList<>();
        ImagePlus rgb = RgbImages.rgb(input, "image", notes);
        return new StyleResult(new RunModel(registry).run(rgb, model, device, progress, ModelTask.instanceNormImage(REQUIREMENT, tiling, progress)), notes);
    }
}
