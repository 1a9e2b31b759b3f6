package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.FastStyle;
import org.neuralij.task.StyleOptimization;
import org.neuralij.task.StyleResult;
import org.neuralij.task.StyleSettings;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Style Transfer as a SciJava command, for scripts and headless use
 * ({@code commandService.run(StyleTransferCommand.class, true, "input", imp, "method", "optimize", "style", styleImp)}):
 * the keys of the macro, the style given as an image; no preview. The notes (conversions, losses) are the output {@code notes}.
 */
@Plugin(type = Command.class, headless = true, label = "Style Transfer")
public class StyleTransferCommand extends ModelCommandBase {

    @Parameter(label = "Method", choices = {StyleTransferRequest.OPTIMIZE, StyleTransferRequest.FAST})
    private String method = StyleTransferRequest.OPTIMIZE;

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
    protected void compute() throws java.io.IOException {
        StyleTransferRequest request = new StyleTransferRequest(method, model, "",
                new StyleSettings(iterations, styleWeight, contentWeight, tvWeight, size, optimizer, features, 0), tiling(), device);
        StyleResult painted = request.run(input, style, ModelRegistry.standard(), progress(), StyleOptimization.Preview.NONE);
        result = painted.image();
        notes = String.join("\n", painted.notes());
    }
}
