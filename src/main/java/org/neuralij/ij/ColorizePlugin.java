package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.task.ColorizeTask;
import org.neuralij.task.RunModel;
import org.neuralij.task.TaskProgress;

import java.io.IOException;

/**
 * Plugins › NeuralIJ › Colorize...: colours the active gray image with a colorize model (default
 * {@code colorize}) and shows the RGB result as a new, active image. Macro keys: model, tile, overlap, device.
 */
public class ColorizePlugin extends RunModelPlugin {

    static final String DEFAULT_MODEL = "colorize";

    public ColorizePlugin() {
        super("Colorize", DEFAULT_MODEL);
    }

    @Override
    ImagePlus apply(RunModel models, ImagePlus input, RunModelRequest request, TaskProgress progress) throws IOException {
        return models.run(input, request.model(), request.device(), progress, new ColorizeTask(request.tiling(), progress));
    }
}
