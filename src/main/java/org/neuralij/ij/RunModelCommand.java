package org.neuralij.ij;

import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RunModel;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

/**
 * Run Model as a SciJava command, for scripts and headless use
 * ({@code commandService.run(RunModelCommand.class, true, "input", imp, "model", "denoise-gray")}).
 * The menu entry comes from plugins.config, so Fiji shows it once.
 */
@Plugin(type = Command.class, headless = true, label = "Run Model")
public class RunModelCommand extends ModelCommand {

    public RunModelCommand() {
        super(RunModelPlugin.DEFAULT_MODEL);
    }

    @Override
    protected void compute() throws java.io.IOException {
        result = new RunModel(ModelRegistry.standard()).run(input, model, tiling(), device, progress());
    }
}
