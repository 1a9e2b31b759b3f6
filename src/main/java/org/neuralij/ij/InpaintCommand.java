package org.neuralij.ij;

import org.neuralij.task.ImageCommand;
import org.neuralij.task.Inpaint;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Inpaint as a SciJava command, for scripts and headless use
 * ({@code commandService.run(InpaintCommand.class, true, "input", imp, "mask", "selection")}).
 * {@code mask} is {@code selection} (the input's selection) or the title of an open mask image.
 * The menu entry comes from plugins.config, so Fiji shows it once.
 */
@Plugin(type = Command.class, headless = true, label = "Inpaint")
public class InpaintCommand extends ModelCommandBase {

    @Parameter(label = "Model", persist = false)
    private String model = Inpaint.DEFAULT_MODEL;

    @Parameter(label = "Mask (selection or a mask image's title)")
    private String mask = Inpaint.SELECTION;

    @Override
    protected ImageCommand<?> command() {
        return Inpaint.COMMAND;
    }
}
