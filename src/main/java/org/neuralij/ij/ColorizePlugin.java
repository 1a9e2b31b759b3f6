package org.neuralij.ij;

import ij.plugin.PlugIn;
import org.neuralij.task.ColorizeTask;
import org.neuralij.task.RunModel;

/**
 * Plugins › NeuralIJ › Colorize...: colours the active gray image with a colorize model (default
 * {@code colorize}) and shows the RGB result as a new, active image. Macro keys: model, tile, overlap, device.
 */
public class ColorizePlugin implements PlugIn {

    @Override
    public void run(String arg) {
        RunModelPlugin.showResult("Colorize", (input, registry) -> {
            RunModelPlugin.RunModelRequest request = RunModelPlugin.RunModelRequest.ask(registry, ColorizeTask.DEFAULT_MODEL, new RunModelPlugin.ExtraKeys() {
                @Override
                public boolean offers(org.neuralij.model.ModelManifest manifest) {
                    return ColorizeTask.colorizes(manifest);
                }
            });
            if (request == null) return null;
            ImageJProgress progress = new ImageJProgress();
            return new RunModel(registry).run(input, request.model(), request.device(), progress, new ColorizeTask(request.tiling(), progress));
        });
    }
}
