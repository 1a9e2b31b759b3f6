package org.neuralij.task;

import ij.ImagePlus;

/**
 * What Translate (CycleGAN)... makes: the translated image and, when asked, the reconstruction (the translated
 * image taken back by the model's other network) with its mean L1 difference from the input ({@link CycleError}).
 *
 * @param reconstruction null unless asked for
 * @param cycleL1        NaN unless the reconstruction was asked for
 */
public record Translation(ImagePlus translated, ImagePlus reconstruction, double cycleL1) {

    public boolean hasReconstruction() {
        return reconstruction != null;
    }
}
