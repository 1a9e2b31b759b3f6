package org.neuralij.ij;

import org.neuralij.task.ColorizeTask;
import org.neuralij.task.ImageCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Colorize as a SciJava command, for scripts and headless use
 * ({@code commandService.run(ColorizeCommand.class, true, "input", imp, "model", ...)}; keys as the macro's, output {@code result}).
 * The menu entry comes from plugins.config, so Fiji shows it once.
 */
@Plugin(type = Command.class, headless = true, label = "Colorize")
public class ColorizeCommand extends ModelCommandBase {

    @Parameter(label = "Model", persist = false)
    private String model = ColorizeTask.DEFAULT_MODEL;

    @Override
    protected ImageCommand<?> command() {
        return ColorizeTask.COMMAND;
    }
}
