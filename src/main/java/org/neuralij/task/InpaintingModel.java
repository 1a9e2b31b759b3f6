package org.neuralij.task;

import org.neuralij.image.ImagePlanes;
import ij.ImagePlus;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.OutputKind;

/**
 * What makes a model an inpainting model: task {@code inpaint}, input channels = the image's
 * channels + 1 hole-mask channel (last), output = the image's channels, kind image, scale 1.
 * A 1-channel (gray) inpainting model fills each channel of a multi-channel or RGB image in turn.
 */
final class InpaintingModel {

    static final ModelKind TASK = ModelKind.INPAINT;

    private InpaintingModel() {
    }

    /** The number of image channels the model fills at once; refuses a model that is not an inpainting model. */
    static int imageChannels(ModelManifest manifest) {
        if (manifest.task() != TASK) {
            throw new IllegalArgumentException("The model '" + manifest.name() + "' is a " + manifest.task() + " model, not an inpainting model: "
                    + "choose model=inpaint or another model whose task is inpaint (Plugins › NeuralIJ › List Models shows them).");
        }
        int in = manifest.input().channels();
        int out = manifest.output().channels();
        if (in != out + 1 || manifest.output().kind() != OutputKind.IMAGE || manifest.output().scale() != 1) {
            throw new IllegalArgumentException("The inpainting model '" + manifest.name() + "' takes " + in + " channel(s) and gives " + out
                    + " (" + manifest.output().kind().key() + ", scale " + manifest.output().scale() + "), but an inpainting model takes its image channels "
                    + "plus one hole-mask channel and gives back the image channels as an image at scale 1: correct its model.json (docs/model-package.md).");
        }
        return out;
    }

    /** How many times the model runs per plane: once for an image of its channels, once per channel for a 1-channel model. */
    static int groups(ModelManifest manifest, ImagePlus input) {
        int filled = imageChannels(manifest);
        int channels = ImagePlanes.of(input).channels();
        if (filled == channels) return 1;
        if (filled == 1) return channels;
        throw new IllegalArgumentException("The inpainting model '" + manifest.name() + "' fills images of " + filled + " channels, but '" + input.getTitle()
                + "' has " + channels + ": choose an inpainting model for " + channels + " channel(s) or a gray (1-channel) one such as 'inpaint', "
                + "which fills every channel in turn.");
    }
}
