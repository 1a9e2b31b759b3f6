package org.neuralij.ij;

import ij.ImagePlus;
import org.scijava.plugin.Parameter;

/** A NeuralIJ command on an image ({@code input}) with the tiling and device keys every model command shares. */
abstract class ModelCommandBase extends CommandBase {

    @Parameter(label = "Image")
    protected ImagePlus input;

    @Parameter(label = "Tile size (0 = automatic)", min = "0")
    protected int tile;

    @Parameter(label = "Overlap (0 = automatic)", min = "0")
    protected int overlap;

    @Parameter(label = "Device", choices = {"auto", "cpu", "gpu"})
    protected String device = "auto";

    @Override
    protected ImagePlus image() {
        return input;
    }
}
