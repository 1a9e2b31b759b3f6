package org.neuralij.ij;

import org.neuralij.model.ModelRegistry;
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
    private String mask = MaskChoice.SELECTION;

    @Override
    protected void compute() throws java.io.IOException {
        result = new Inpaint(ModelRegistry.standard()).run(input, MaskChoice.resolve(mask, input), model, tiling(), device, progress());
    }
}
