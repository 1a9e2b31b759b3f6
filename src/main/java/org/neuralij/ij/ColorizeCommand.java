package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.task.ColorizeTask;
import org.neuralij.task.RunModel;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import java.io.IOException;

/**
 * Colorize as a SciJava command, for scripts and headless use
 * ({@code commandService.run(ColorizeCommand.class, true, "input", imp)}; model defaults to {@code colorize}).
 * The menu entry comes from plugins.config.
 */
@Plugin(type = Command.class, headless = true, label = "Colorize")
public class ColorizeCommand extends RunModelCommand {

    public ColorizeCommand() {
        super(ColorizePlugin.DEFAULT_MODEL);
    }

    @Override
    ImagePlus apply(RunModel models, ImagePlus image, String modelName, TilingOptions tiling, String deviceName, TaskProgress progress) throws IOException {
        return models.run(image, modelName, deviceName, progress, new ColorizeTask(tiling, progress));
    }
}
