package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.task.FastStyle;
import org.neuralij.task.ImageCommand;
import org.neuralij.task.StyleResult;
import org.neuralij.task.StyleSettings;
import org.neuralij.task.StyleTransfer;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import java.util.Map;

/**
 * Style Transfer as a SciJava command, for scripts and headless use
 * ({@code commandService.run(StyleTransferCommand.class, true, "input", imp, "method", "optimize", "style", styleImp)}):
 * the keys of the macro, the style given as an image; no preview. The notes (conversions, losses) are the output {@code notes}.
 */
@Plugin(type = Command.class, headless = true, label = "Style Transfer")
public class StyleTransferCommand extends ModelCommandBase {

    @Parameter(label = "Method", choices = {"optimize", "fast"})
    private String method = "optimize";

    @Parameter(label = "Model", persist = false)
    private String model = FastStyle.DEFAULT_MODEL;

    @Parameter(label = "Style image (optimize)", required = false, autoFill = false)
    private ImagePlus style;

    @Parameter(label = "Iterations", min = "1")
    private int iterations = StyleSettings.DEFAULT_ITERATIONS;

    @Parameter(label = "Style weight", min = "0")
    private float styleWeight = StyleSettings.DEFAULT_STYLE_WEIGHT;

    @Parameter(label = "Content weight", min = "0")
    private float contentWeight = StyleSettings.DEFAULT_CONTENT_WEIGHT;

    @Parameter(label = "Total-variation weight", min = "0")
    private float tvWeight = StyleSettings.DEFAULT_TV_WEIGHT;

    @Parameter(label = "Working size (longest side)", min = "32")
    private int size = StyleSettings.DEFAULT_SIZE;

    @Parameter(label = "Optimizer", choices = {StyleSettings.LBFGS, StyleSettings.ADAM})
    private String optimizer = StyleSettings.LBFGS;

    @Parameter(label = "Feature network (empty = built-in)", required = false)
    private String features = "";

    @Parameter(type = ItemIO.OUTPUT)
    private String notes;

    @Override
    protected ImageCommand<?> command() {
        return StyleTransfer.COMMAND;
    }

    /** The names of the fields this command had before its keys were declared once. */
    @Override
    protected Map<String, String> fieldNames() {
        return Map.of("style_weight", "styleWeight", "content_weight", "contentWeight", "tv_weight", "tvWeight");
    }

    @Override
    protected void publish(Object given) {
        StyleResult painted = (StyleResult) given;
        result = painted.image();
        notes = String.join("\n", painted.notes());
    }
}
