package org.neuralij.ij;

import org.neuralij.task.ImageCommand;
import org.neuralij.task.RunModel;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Run Model as a SciJava command, for scripts and headless use
 * ({@code commandService.run(RunModelCommand.class, true, "input", imp, "model", ...)}; keys as the macro's, output {@code result}).
 * The menu entry comes from plugins.config, so Fiji shows it once.
 */
@Plugin(type = Command.class, headless = true, label = "Run Model")
public class RunModelCommand extends ModelCommandBase {

    @Parameter(label = "Model", persist = false)
    private String model = RunModel.DEFAULT_MODEL;

    @Override
    protected ImageCommand<?> command() {
        return RunModel.COMMAND;
    }
}
