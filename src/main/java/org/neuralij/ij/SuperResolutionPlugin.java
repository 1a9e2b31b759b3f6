package org.neuralij.ij;

import ij.plugin.PlugIn;
import org.neuralij.task.SuperResolution;

/**
 * Plugins › NeuralIJ › Super-Resolution... for ImageJ 1.x and Fiji: enlarges the active image with a
 * super-resolution model ({@code sr-2x} by default) into a new, active image whose pixel size is
 * divided by the model's scale. Macro keys: model, tile, overlap, device.
 */
public class SuperResolutionPlugin implements PlugIn {

    @Override
    public void run(String arg) {
        RunModelPlugin.showModelResult("Super-Resolution", SuperResolution.DEFAULT_MODEL, SuperResolution.REQUIREMENT);
    }
}
