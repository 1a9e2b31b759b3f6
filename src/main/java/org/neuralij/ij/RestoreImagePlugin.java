package org.neuralij.ij;

import ij.ImagePlus;
import ij.plugin.PlugIn;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RestoreImage;
import org.neuralij.task.TaskProgress;

import java.io.IOException;
import java.util.List;

/**
 * Plugins › NeuralIJ › Restore Image... ("decrappify"): removes JPEG artefacts, noise and overlaid text
 * with the model {@code restore}, or Gaussian/Poisson noise of micrographs with {@code model=denoise-fluo}.
 * Macro keys: model (default restore), tile, overlap, device.
 */
public class RestoreImagePlugin implements PlugIn {

    @Override
    public void run(String arg) {
        DefaultModelCommand.run("Restore Image", RestoreImage.DEFAULT_MODEL, new DefaultModelCommand.Capability() {
            @Override
            public List<String> choices(ModelRegistry registry, ImagePlus input) {
                return new RestoreImage(registry).models().fittingModels(input);
            }

            @Override
            public ImagePlus run(ModelRegistry registry, ImagePlus input, RunModelPlugin.RunModelRequest request, TaskProgress progress) throws IOException {
                return new RestoreImage(registry).run(input, request.model(), request.tiling(), request.device(), progress);
            }
        });
    }
}
