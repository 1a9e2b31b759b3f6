package org.neuralij.ij;

import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RestoreImage;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Restore Image as a SciJava command, for scripts and headless use
 * ({@code commandService.run(RestoreImageCommand.class, true, "input", imp, "model", "denoise-fluo")}; the model
 * defaults to restore). The menu entry comes from plugins.config, so Fiji shows it once.
 */
@Plugin(type = Command.class, headless = true, label = "Restore Image")
public class RestoreImageCommand extends ModelCommandBase {

    @Parameter(label = "Model", persist = false)
    private String model = RestoreImage.DEFAULT_MODEL;

    @Override
    protected void compute() throws java.io.IOException {
        result = new RestoreImage(ModelRegistry.standard()).run(input, model, tiling(), device, progress());
    }
}
