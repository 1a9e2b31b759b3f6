package org.neuralij.ij;

import org.neuralij.task.ImageCommand;
import org.neuralij.task.RestoreImage;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Restore Image as a SciJava command, for scripts and headless use
 * ({@code commandService.run(RestoreImageCommand.class, true, "input", imp, "model", ...)}; keys as the macro's, output {@code result}).
 * The menu entry comes from plugins.config, so Fiji shows it once.
 */
@Plugin(type = Command.class, headless = true, label = "Restore Image")
public class RestoreImageCommand extends ModelCommandBase {

    @Parameter(label = "Model", persist = false)
    private String model = RestoreImage.DEFAULT_MODEL;

    @Override
    protected ImageCommand<?> command() {
        return RestoreImage.COMMAND;
    }
}
