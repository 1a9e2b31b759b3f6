package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

import java.io.IOException;

/**
 * The parameters every model command shares in SciJava (image in, tile, overlap, device, image out); each command adds its model
 * (declared with {@code persist = false}: SciJava would otherwise give a script that leaves it out the last model used) and own keys.
 */
abstract class ModelCommandBase implements Command {

    @Parameter(label = "Image")
    protected ImagePlus input;

    @Parameter(label = "Tile size (0 = automatic)", min = "0")
    protected int tile;

    @Parameter(label = "Overlap (0 = automatic)", min = "0")
    protected int overlap;

    @Parameter(label = "Device", choices = {"auto", "cpu", "gpu"})
    protected String device = "auto";

    @Parameter(required = false)
    protected StatusService status;

    @Parameter(required = false)
    protected LogService log;

    @Parameter(type = ItemIO.OUTPUT)
    protected ImagePlus result;

    protected TilingOptions tiling() {
        return TilingOptions.of(tile, overlap);
    }

    protected TaskProgress progress() {
        return new StatusServiceProgress(status, log);
    }

    /** Computes {@link #result} (and the command's other outputs). */
    protected abstract void compute() throws IOException;

    @Override
    public final void run() {
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            compute();
        } catch (IOException failure) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }
}
