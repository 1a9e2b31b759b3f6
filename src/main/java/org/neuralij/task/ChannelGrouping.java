package org.neuralij.task;

import org.neuralij.image.ImagePlanes;
import ij.ImagePlus;
import org.neuralij.model.ModelManifest;

/**
 * Which image channels go into the network together. A model that takes as many channels as
 * the image has sees them all at once; a single-channel model is applied to each channel of
 * a multi-channel image in turn. Anything else is refused, naming what would fit.
 */
record ChannelGrouping(int groups, int channelsPerGroup, int outputsPerGroup) {

    static ChannelGrouping of(ImagePlus imp, ModelManifest manifest) {
        int imageChannels = ImagePlanes.of(imp).channels();
        int modelChannels = manifest.input().channels();
        int outputs = manifest.output().channels();
        if (modelChannels == imageChannels) return new ChannelGrouping(1, imageChannels, outputs);
        if (modelChannels == 1) return new ChannelGrouping(imageChannels, 1, outputs);
        throw new IllegalArgumentException("The model '" + manifest.name() + "' takes " + describe(modelChannels)
                + ", but '" + imp.getTitle() + "' has " + describe(imageChannels) + advice(modelChannels, imp) + ".");
    }

    /** Whether the model can run on the image: the same number of channels, or one channel applied to each. */
    static boolean fits(ImagePlus imp, ModelManifest manifest) {
        int modelChannels = manifest.input().channels();
        return modelChannels == 1 || modelChannels == ImagePlanes.of(imp).channels();
    }

    int firstChannel(int group) {
        return group * channelsPerGroup;
    }

    int totalOutputs() {
        return groups * outputsPerGroup;
    }

    static String describe(int channels) {
        return channels == 1 ? "1 channel (grayscale)" : channels == 3 ? "3 channels (RGB)" : channels + " channels";
    }

    private static String advice(int modelChannels, ImagePlus imp) {
        int imageChannels = ImagePlanes.of(imp).channels();
        if (modelChannels == 3 && imageChannels == 1) return ": convert it with Image › Type › RGB Color, or choose a grayscale model";
        if (modelChannels == 3) return ": make a 3-channel composite (Image › Color › Make Composite / Stack to RGB), or choose a model for " + imageChannels + " channels";
        return ": choose a model made for " + describe(imageChannels);
    }
}
