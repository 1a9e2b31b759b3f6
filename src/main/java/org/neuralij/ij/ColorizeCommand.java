package org.neuralij.ij;

import org.neuralij.model.ModelRegistry;
import org.neuralij.task.ColorizeTask;
import org.neuralij.task.RunModel;
import org.neuralij.task.TaskProgress;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Colorize as a SciJava command, for scripts and headless use
 * ({@code commandService.run(ColorizeCommand.class, true, "input", imp)}; model defaults to {@code colorize}).
 * The menu entry comes from plugins.config.
 */
@Plugin(type = Command.class, headless = true, label = "Colorize")
public class ColorizeCommand extends ModelCommandBase {

    @Parameter(label = "Model", persist = false)
    private String model = ColorizeTask.DEFAULT_MODEL;

    @Override
    protected void compute() throws java.io.IOException {
        TaskProgress progress = progress();
        result = new RunModel(ModelRegistry.standard()).run(input, model, device, progress, new ColorizeTask(tiling(), progress));
    }
}
