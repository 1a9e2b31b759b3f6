package org.neuralij.ij;

import ij.IJ;
import ij.plugin.PlugIn;
import org.neuralij.task.StyleResult;

/**
 * Plugins › NeuralIJ › Style Transfer... for ImageJ 1.x and Fiji: paints the active image in a style —
 * by optimising its pixels against another open image (method=optimize) or with a trained style
 * model (method=fast) — and shows the result as a new, active image; what was converted and the
 * losses go to the Log. Keys: see {@link StyleTransferRequest}.
 */
public class StyleTransferPlugin implements PlugIn {

    static final String COMMAND = "Style Transfer";

    @Override
    public void run(String arg) {
        RunModelPlugin.showResult(COMMAND, (input, registry) -> {
            StyleTransferRequest request = StyleTransferRequest.ask(input, registry);
            if (request == null) return null;
            IJ.resetEscape();
            try (StylePreviewWindow preview = new StylePreviewWindow()) {
                StyleResult result = request.run(input, request.openStyleImage(), registry, new ImageJProgress(), preview);
                result.notes().forEach(note -> IJ.log("NeuralIJ " + COMMAND + ": " + note));
                return result.image();
            }
        });
    }
}
