package org.neuralij.image;

import ij.ImagePlus;
import ij.ImageStack;

/**
 * The values of one channel of an image over all its z-slices and frames, read plane by plane
 * without copying. For RGB images each color is a channel: 0, 1, 2 = red, green, blue.
 */
final class ChannelPixels {

    private final String description;
    private final ImageStack stack;
    private final HyperstackShape shape;
    private final int stackChannel;
    private final int rgbComponent;
    private final boolean floatingPoint;
    private final int bitDepth;

    private ChannelPixels(ImagePlus imp, int channel) {
        int componentsPerChannel = imp.getBitDepth() == 24 ? 3 : 1;
        this.stack = imp.getStack();
        this.shape = HyperstackShape.of(imp);
        int available = shape.channels() * componentsPerChannel;
        if (channel < 0 || channel >= available) {
            throw new IllegalArgumentException("Channel " + channel + " does not exist: image '" + imp.getTitle()
                    + "' has " + available + " channel(s), numbered from 0"
                    + (componentsPerChannel == 3 ? " (0 = red, 1 = green, 2 = blue)." : "."));
        }
        this.description = "channel " + channel + " of image '" + imp.getTitle() + "'";
        this.stackChannel = channel / componentsPerChannel;
        this.rgbComponent = channel % componentsPerChannel;
        this.floatingPoint = imp.getBitDepth() == 32;
        this.bitDepth = imp.getBitDepth();
    }

    static ChannelPixels of(ImagePlus imp, int channel) {
        return new ChannelPixels(imp, channel);
    }

    IllegalArgumentException noFiniteValue() {
        return new IllegalArgumentException("There is no finite pixel value in " + description
                + " (only NaN or infinity), so it cannot be normalized. Check the image or choose another channel.");
    }

    long size() {
        return (long) shape.planeSize() * shape.slices() * shape.frames();
    }

    void forEach(FloatSink sink) {
        int planeSize = shape.planeSize();
        for (int t = 0; t < shape.frames(); t++) {
            for (int z = 0; z < shape.slices(); z++) {
                Object pixels = stack.getPixels(shape.stackIndex(stackChannel, z, t) + 1);
                PlaneReader reader = PlaneReader.of(pixels, rgbComponent);
                for (int i = 0; i < planeSize; i++) {
                    sink.accept(reader.get(i));
                }
            }
        }
    }

    /**
     * How many pixels hold each value, for integer images (256 counts for 8-bit and for an RGB colour, 65536 for
     * 16-bit), straight from the pixel arrays; null for 32-bit images.
     */
    long[] histogram() {
        if (floatingPoint) return null;
        long[] counts = new long[bitDepth == 16 ? 65536 : 256];
        int shift = 16 - 8 * rgbComponent;
        for (int t = 0; t < shape.frames(); t++) {
            for (int z = 0; z < shape.slices(); z++) {
                Object pixels = stack.getPixels(shape.stackIndex(stackChannel, z, t) + 1);
                if (pixels instanceof byte[] bytes) for (byte b : bytes) counts[b & 0xff]++;
                else if (pixels instanceof short[] shorts) for (short v : shorts) counts[v & 0xffff]++;
                else if (pixels instanceof int[] rgb) for (int c : rgb) counts[(c >> shift) & 0xff]++;
                else throw new IllegalArgumentException("Unsupported ImageJ pixel array in " + description
                        + ". Convert the image to 8-bit, 16-bit, 32-bit or RGB Color with Image > Type.");
            }
        }
        return counts;
    }

    long countFinite() {
        if (!floatingPoint) {
            return size();
        }
        long[] count = {0};
        forEach(v -> {
            if (Float.isFinite(v)) {
                count[0]++;
            }
        });
        return count[0];
    }
}
