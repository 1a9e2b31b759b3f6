package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.task.GenerateImages;
import org.neuralij.task.ImageCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Generate Images as a SciJava command, for scripts and headless use
 * ({@code commandService.run(GenerateImagesCommand.class, true, "model", "my-discs", "count", 8, "seed", 3)}). It needs no
 * input image; the output {@code result} is the stack of generated images. The menu entry comes from plugins.config.
 */
@Plugin(type = Command.class, headless = true, label = "Generate Images")
public class GenerateImagesCommand extends CommandBase {

    @Parameter(label = "Model (a generator from Train Model task=generate)", persist = false)
    private String model = "";

    @Parameter(label = "Count (images in the stack)", min = "1")
    private int count = GenerateImages.COUNT.defaultValue();

    @Parameter(label = "Seed", min = "0")
    private int seed = GenerateImages.SEED.defaultValue();

    @Parameter(label = "Interpolate (from the first image of seed to that of to_seed)", required = false)
    private boolean interpolate;

    @Parameter(label = "To_seed (where interpolate ends)", min = "0")
    private int to_seed = GenerateImages.TO_SEED.defaultValue();

    @Parameter(label = "Device", choices = {"auto", "cpu", "gpu"})
    private String device = "auto";

    @Override
    protected ImageCommand<?> command() {
        return GenerateImages.COMMAND;
    }

    @Override
    protected ImagePlus image() {
        return null;
    }
}
