package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.ModelRequirement;
import org.neuralij.task.RunModel;
import org.neuralij.task.TilingOptions;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;

/**
 * The SciJava side of every command that runs one model on an image (Run Model, Super-Resolution, …),
 * for scripts and headless use: the parameters input, model, tile, overlap, device and the output
 * result. A subclass sets the default model in its constructor and says what it requires of the model.
 */
abstract class ModelCommand implements Command {

    @Parameter(label = "Image")
    private ImagePlus input;

    @Parameter(label = "Model")
    String model;

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

    ModelCommand(String defaultModel) {
        model = defaultModel;
    }

    abstract ModelRequirement requirement();

    @Override
    public void run() {
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            result = new RunModel(ModelRegistry.standard(), requirement())
                    .run(input, model, TilingOptions.of(tile, overlap), device, new StatusServiceProgress(status));
        } catch (java.io.IOException failure) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }
}
