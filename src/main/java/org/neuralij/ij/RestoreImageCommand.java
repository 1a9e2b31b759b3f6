package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RestoreImage;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

import java.io.IOException;

/**
 * Restore Image as a SciJava command, for scripts and headless use
 * ({@code commandService.run(RestoreImageCommand.class, true, "input", imp, "model", "restore")}).
 * The menu entry comes from plugins.config, so Fiji shows it once.
 */
@Plugin(type = Command.class, headless = true, label = "Restore Image")
public class RestoreImageCommand extends ModelImageCommand {

    public RestoreImageCommand() {
        super(RestoreImage.DEFAULT_MODEL);
    }

    @Override
    protected ImagePlus apply(ModelRegistry registry, ImagePlus image, String modelName, TilingOptions tiling, String deviceName, TaskProgress progress)
            throws IOException {
        return new RestoreImage(registry).run(image, modelName, tiling, deviceName, progress);
    }
}
