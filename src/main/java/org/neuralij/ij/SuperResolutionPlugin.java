package org.neuralij.ij;

import org.neuralij.task.ModelRequirement;
import org.neuralij.task.SuperResolution;

/**
 * Plugins › NeuralIJ › Super-Resolution... for ImageJ 1.x and Fiji: enlarges the active image with a
 * super-resolution model ({@code sr-2x} by default) into a new, active image whose pixel size is
 * divided by the model's scale. Macro keys: model, tile, overlap, device.
 */
public class SuperResolutionPlugin extends ModelCommandPlugin {

    @Override
    String title() {
        return "Super-Resolution";
    }

    @Override
    String defaultModel() {
        return SuperResolution.DEFAULT_MODEL;
    }

    @Override
    ModelRequirement requirement() {
        return SuperResolution.REQUIREMENT;
    }
}
