package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.CommandContext;
import org.neuralij.task.ImageCommand;
import org.neuralij.task.StyleOptimization;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

import java.io.IOException;
import java.util.Map;

/**
 * A NeuralIJ image command as a SciJava command, for scripts and headless use. Its {@code @Parameter} fields are named as the
 * command's keys (tested: {@code SciJavaCommandsTest}); the subclass names the command, adds its model and own keys and
 * publishes what the command gave. The image in is {@code input}, the image out {@code result}.
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

    /** The image command this SciJava command runs. */
    protected abstract ImageCommand<?> command();

    /** Key names whose field has another name (kept for scripts written before). */
    protected Map<String, String> fieldNames() {
        return Map.of();
    }

    /** Sets {@link #result} and the command's other outputs from what the command gave. */
    protected void publish(Object given) {
        result = (ImagePlus) given;
    }

    @Override
    public final void run() {
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            SciJavaKeys keys = SciJavaKeys.read(this, command().keys(), fieldNames());
            CommandContext context = new CommandContext(ModelRegistry.standard(), new StatusServiceProgress(status, log), keys.images(),
                    StyleOptimization.Preview.NONE);
            publish(command().run(input, keys.values(), context));
        } catch (IOException failure) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }
}
