package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.keys.Key;

import java.io.IOException;

/**
 * Super-Resolution...: enlarges an image 2 or 4 times (the model's {@code output.scale}) with a
 * super-resolution model, gray or RGB, 8/16/32-bit, every plane of a stack; the pixel width and
 * height are divided by the scale so the result covers the same physical area. Models of other
 * tasks, or whose channels do not fit the image, are refused naming the models that would fit.
 */
public final class SuperResolution {

    public static final ModelKind TASK = ModelKind.SUPER_RESOLUTION;
    public static final String DEFAULT_MODEL = "sr-2x";
    public static final ModelRequirement REQUIREMENT = ModelRequirement.tasks(TASK);
    public static final Key<String> MODEL = Key.model(DEFAULT_MODEL);
    public static final ImageCommand<ImagePlus> COMMAND = new ImageCommand<>("Super-Resolution", RunModel.keys(MODEL), MODEL, REQUIREMENT,
            (input, values, context) -> new SuperResolution(context.registry()).run(input, values.get(MODEL), CommonKeys.tiling(values),
                    values.get(CommonKeys.DEVICE), context.progress()));

    private final RunModel runner;

    public SuperResolution(ModelRegistry registry) {
        this.runner = new RunModel(registry);
    }

    public ImagePlus run(ImagePlus input, String model, TilingOptions tiling, String device, TaskProgress progress) throws IOException {
        return runner.run(input, model, device, progress, ModelTask.image(REQUIREMENT, tiling, progress));
    }
}
