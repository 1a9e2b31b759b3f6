package org.neuralij.task;

import ij.ImagePlus;
import ij.process.ImageProcessor;

/** Reads the pixels of one channel of one plane of any ImageJ image as floats; RGB counts as three channels. */
final class ImageChannels {

    private ImageChannels() {
    }

    static int count(ImagePlus imp) {
        return imp.getType() == ImagePlus.COLOR_RGB ? 3 : imp.getNChannels();
    }

    /** A reader of channel {@code channel} (0-based) at slice {@code z} and frame {@code t} (0-based). */
    static PixelReader reader(ImagePlus imp, int channel, int z, int t) {
        if (imp.getType() == ImagePlus.COLOR_RGB) {
            int[] pixels = (int[]) imp.getStack().getPixels(imp.getStackIndex(1, z + 1, t + 1));
            int shift = 16 - 8 * channel;
            return index -> (pixels[index] >> shift) & 0xff;
        }
        ImageProcessor ip = imp.getStack().getProcessor(imp.getStackIndex(channel + 1, z + 1, t + 1));
        return ip::getf;
    }

    @FunctionalInterface
    interface PixelReader {
        float read(int index);
    }
}
