package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.task.TilingOptions;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;

/** The parameters every SciJava model command shares: the input image, model, tile, overlap, device, and the result. */
abstract class ModelCommand implements Command {

    @Parameter(label = "Image")
    protected ImagePlus input;

    /** Not remembered between runs (SciJava would otherwise give a script that leaves it out the last model used, not the command's default). */
    @Parameter(label = "Model", persist = false)
    protected String model;

    @Parameter(label = "Tile size (0 = automatic)", min = "0")
    private int tile;

    @Parameter(label = "Overlap (0 = automatic)", min = "0")
    private int overlap;

    @Parameter(label = "Device", choices = {"auto", "cpu", "gpu"})
    protected String device = "auto";

    @Parameter(required = false)
    private StatusService status;

    @Parameter(type = ItemIO.OUTPUT)
    protected ImagePlus result;

    protected ModelCommand(String defaultModel) {
        model = defaultModel;
    }

    protected TilingOptions tiling() {
        return TilingOptions.of(tile, overlap);
    }

    protected StatusServiceProgress progress() {
        return new StatusServiceProgress(status);
    }

    /** Computes {@link #result}. */
    protected abstract void compute() throws java.io.IOException;

    @Override
    public void run() {
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            compute();
        } catch (java.io.IOException failure) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }
}
