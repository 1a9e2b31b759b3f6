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
        RunModelPlugin.showModelResult("Restore Image", RestoreImage.DEFAULT_MODEL, RestoreImage.REQUIREMENT);
    }
}
