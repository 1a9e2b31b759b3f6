package org.neuralij.ij;

import ij.plugin.PlugIn;
import org.neuralij.task.RestoreImage;

/**
 * Plugins › NeuralIJ › Restore Image... ("decrappify"): removes JPEG artefacts, noise and overlaid text
 * with the model {@code restore}, or Gaussian/Poisson noise of micrographs with {@code model=denoise-fluo}.
 * Macro keys: model (default restore), tile, overlap, device.
 */
public class RestoreImagePlugin implements PlugIn {

    @Override
    public void run(String arg) {
        RunModelPlugin.showResult("Restore Image", (input, registry) -> {
            RunModelPlugin.RunModelRequest request = RunModelPlugin.RunModelRequest.ask(registry, RestoreImage.DEFAULT_MODEL,
                    RunModelPlugin.ExtraKeys.offering(RestoreImage.REQUIREMENT, input));
            return request == null ? null
                    : new RestoreImage(registry).run(input, request.model(), request.tiling(), request.device(), new ImageJProgress());
        });
    }
}
