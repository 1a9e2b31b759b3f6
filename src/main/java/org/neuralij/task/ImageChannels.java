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
            int[] pixels = (int[]) imp.getStack().getPixels(stackIndex(imp, 0, z, t));
            int shift = 16 - 8 * channel;
            return index -> (pixels[index] >> shift) & 0xff;
        }
        ImageProcessor ip = imp.getStack().getProcessor(stackIndex(imp, channel, z, t));
        return ip::getf;
    }

    /** A copy of channel {@code channel} at slice {@code z} and frame {@code t} as floats, in one tight loop per pixel type. */
    static float[] plane(ImagePlus imp, int channel, int z, int t) {
        if (imp.getType() == ImagePlus.COLOR_RGB) {
            int[] rgb = (int[]) imp.getStack().getPixels(stackIndex(imp, 0, z, t));
            int shift = 16 - 8 * channel;
            float[] values = new float[rgb.length];
            for (int i = 0; i < rgb.length; i++) values[i] = (rgb[i] >> shift) & 0xff;
            return values;
        }
        Object pixels = imp.getStack().getPixels(stackIndex(imp, channel, z, t));
        if (pixels instanceof float[] floats) return floats.clone();
        if (pixels instanceof byte[] bytes) {
            float[] values = new float[bytes.length];
            for (int i = 0; i < bytes.length; i++) values[i] = bytes[i] & 0xff;
            return values;
        }
        short[] shorts = (short[]) pixels;
        float[] values = new float[shorts.length];
        for (int i = 0; i < shorts.length; i++) values[i] = shorts[i] & 0xffff;
        return values;
    }

    /** ImageJ fills an image's dimensions in lazily: asking for them first makes getStackIndex count every slice. */
    private static int stackIndex(ImagePlus imp, int channel, int z, int t) {
        imp.getNChannels();
        return imp.getStackIndex(channel + 1, z + 1, t + 1);
    }

    @FunctionalInterface
    interface PixelReader {
        float read(int index);
    }
}
