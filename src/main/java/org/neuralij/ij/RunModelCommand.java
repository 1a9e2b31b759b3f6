package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RunModel;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Run Model as a SciJava command, for scripts and headless use
 * ({@code commandService.run(RunModelCommand.class, true, "input", imp, "model", "denoise-gray")}).
 * The menu entry comes from plugins.config, so Fiji shows it once.
 */
@Plugin(type = Command.class, headless = true, label = "Run Model")
public class RunModelCommand implements Command {

    @Parameter(label = "Image")
    private ImagePlus input;

    @Parameter(label = "Model")
    private String model;

    @Parameter(label = "Tile size (0 = automatic)", min = "0")
    private int tile;

    @Parameter(label = "Overlap (0 = automatic)", min = "0")
    private int overlap;

    @Parameter(label = "Device", choices = {"auto", "cpu", "gpu"})
    private String device = "auto";

    @Parameter(required = false)
    private StatusService status;

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus result;

    public RunModelCommand() {
        this(RunModelPlugin.DEFAULT_MODEL);
    }

    /** For the model commands built on this one: their {@code model} default. */
    protected RunModelCommand(String defaultModel) {
        model = defaultModel;
    }

    @Override
    public void run() {
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            result = apply(new RunModel(ModelRegistry.standard()), input, model, TilingOptions.of(tile, overlap), device, new StatusServiceProgress(status));
        } catch (java.io.IOException failure) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }

    /** What the command does; Run Model applies the model as it is. */
    ImagePlus apply(RunModel models, ImagePlus image, String modelName, TilingOptions tiling, String deviceName, TaskProgress progress) throws java.io.IOException {
        return models.run(image, modelName, tiling, deviceName, progress);
    }
}
