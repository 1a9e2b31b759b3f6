package org.neuralij.ij;

import org.neuralij.task.ImageCommand;
import org.neuralij.task.SuperResolution;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Super-Resolution as a SciJava command, for scripts and headless use
 * ({@code commandService.run(SuperResolutionCommand.class, true, "input", imp, "model", ...)}; keys as the macro's, output {@code result}).
 * The menu entry comes from plugins.config, so Fiji shows it once.
 */
@Plugin(type = Command.class, headless = true, label = "Super-Resolution")
public class SuperResolutionCommand extends ModelCommandBase {

    @Parameter(label = "Model", persist = false)
    private String model = SuperResolution.DEFAULT_MODEL;

    @Override
    protected ImageCommand<?> command() {
        return SuperResolution.COMMAND;
    }
}
