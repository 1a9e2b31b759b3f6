package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RunModel;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import java.io.IOException;

/**
 * Run Model as a SciJava command, for scripts and headless use
 * ({@code commandService.run(RunModelCommand.class, true, "input", imp, "model", "denoise-gray")}).
 * The menu entry comes from plugins.config, so Fiji shows it once.
 */
@Plugin(type = Command.class, headless = true, label = "Run Model")
public class RunModelCommand extends ModelImageCommand {

    public RunModelCommand() {
        super(RunModelPlugin.DEFAULT_MODEL);
    }

    @Override
    protected ImagePlus apply(ModelRegistry registry, ImagePlus image, String modelName, TilingOptions tiling, String deviceName, TaskProgress progress)
            throws IOException {
        return new RunModel(registry).run(image, modelName, tiling, deviceName, progress);
    }
}
