package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;

import java.io.IOException;

/**
 * The parameters every SciJava model command shares (image, model, tile, overlap, device, the result) and
 * its run; a subclass gives the default model and the capability it calls.
 */
public abstract class ModelImageCommand implements Command {

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

    protected ModelImageCommand(String defaultModel) {
        model = defaultModel;
    }

    /** Runs the command's capability. */
    protected abstract ImagePlus apply(ModelRegistry registry, ImagePlus image, String modelName, TilingOptions tiling, String deviceName,
                                       TaskProgress progress) throws IOException;

    @Override
    public void run() {
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            result = apply(ModelRegistry.standard(), input, model, TilingOptions.of(tile, overlap), device, new StatusServiceProgress(status));
        } catch (IOException failure) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }
}
