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
 * A NeuralIJ command as a SciJava command, for scripts and headless use. Its {@code @Parameter} fields are named as the
 * command's keys (tested: {@code CommandSchemaTest}); the subclass names the command, adds its keys and publishes what the
 * command gave. The image out is {@code result}.
 */
abstract class CommandBase implements Command {

    @Parameter(required = false)
    protected StatusService status;

    @Parameter(required = false)
    protected LogService log;

    @Parameter(type = ItemIO.OUTPUT)
    protected ImagePlus result;

    /** The image command this SciJava command runs. */
    protected abstract ImageCommand<?> command();

    /** The image the command works on; null for one that needs none. */
    protected abstract ImagePlus image();

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
            publish(command().run(image(), keys.values(), context));
        } catch (IOException failure) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }
}
