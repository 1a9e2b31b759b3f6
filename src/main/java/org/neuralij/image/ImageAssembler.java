package org.neuralij.image;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * The writing side of {@link ImagePlanes}: collects float planes (already in the input's value range) and turns
 * them into a new image of the given bit depth (8 and 16 rounded and clamped, 32 as they are), packed as RGB where
 * asked for three channels, with the input's slices and frames, and the input's calibration with pixel sizes
 * divided by the scale factor; or, for an image made from nothing, of a given shape and uncalibrated.
 */
public final class ImageAssembler {

    private final Calibration calibration;
    private final int channels;
    private final int slices;
    private final int frames;
    private final int width;
    private final int height;
    private final int bitDepth;
    private final boolean rgb;
    private final ImageProcessor[] planes;

    /**
     * @param bitDepth 8, 16 or 32 for each channel
     * @param rgb      pack each three 8-bit channels into one RGB plane
     */
    public ImageAssembler(ImagePlus input, int channels, int scale, int bitDepth, boolean rgb) {
        this(input.getWidth() * scale, input.getHeight() * scale, channels, input.getNSlices(), input.getNFrames(), bitDepth, rgb,
                scaledCalibration(input, scale, bitDepth));
    }

    private ImageAssembler(int width, int height, int channels, int slices, int frames, int bitDepth, boolean rgb, Calibration calibration) {
        if (bitDepth != 8 && bitDepth != 16 && bitDepth != 32) throw new IllegalArgumentException("A result channel has 8, 16 or 32 bits, not " + bitDepth + ".");
        if (rgb && (bitDepth != 8 || channels != 3)) throw new IllegalArgumentException("An RGB result is made of three 8-bit channels, not " + channels + " of " + bitDepth + " bits.");
        this.calibration = calibration;
        this.channels = channels;
        this.slices = slices;
        this.frames = frames;
        this.width = width;
        this.height = height;
        this.bitDepth = bitDepth;
        this.rgb = rgb;
        this.planes = new ImageProcessor[channels * slices * frames];
    }

    /** A new image made from nothing (e.g. generated), of {@code slices} planes per channel, uncalibrated. */
    public static ImageAssembler newImage(int width, int height, int channels, int slices, int bitDepth, boolean rgb) {
        return new ImageAssembler(width, height, channels, slices, 1, bitDepth, rgb, new Calibration());
    }

    /** {@code values} may be kept by the result: do not change it afterwards. */
    public void put(int channel, int z, int t, float[] values) {
        planes[channel + channels * (z + slices * t)] = toProcessor(values);
    }

    private ImageProcessor toProcessor(float[] values) {
        switch (bitDepth) {
            case 8:
                byte[] bytes = new byte[values.length];
                for (int i = 0; i < values.length; i++) bytes[i] = (byte) clampRound(values[i], 255);
                return new ByteProcessor(width, height, bytes);
            case 16:
                short[] shorts = new short[values.length];
                for (int i = 0; i < values.length; i++) shorts[i] = (short) clampRound(values[i], 65535);
                return new ShortProcessor(width, height, shorts, null);
            default:
                return new FloatProcessor(width, height, values);
        }
    }

    private static int clampRound(float value, int max) {
        if (!(value > 0)) return 0;
        return value >= max ? max : Math.round(value);
    }

    public ImagePlus build(String title) {
        ImageStack stack = new ImageStack(width, height);
        int outputChannels = rgb ? 1 : channels;
        for (int t = 0; t < frames; t++) {
            for (int z = 0; z < slices; z++) {
                int first = channels * (z + slices * t);
                if (rgb) {
                    stack.addSlice(packRgb(first));
                } else {
                    for (int c = 0; c < channels; c++) stack.addSlice(planes[first + c]);
                }
            }
        }
        ImagePlus result = new ImagePlus(title, stack);
        result.setDimensions(outputChannels, slices, frames);
        if (result.getNDimensions() > 3 || outputChannels > 1) result.setOpenAsHyperStack(true);
        result.setCalibration(calibration.copy());
        return result;
    }

    private ImageProcessor packRgb(int first) {
        ColorProcessor color = new ColorProcessor(width, height);
        color.setRGB((byte[]) planes[first].getPixels(), (byte[]) planes[first + 1].getPixels(), (byte[]) planes[first + 2].getPixels());
        return color;
    }

    private static Calibration scaledCalibration(ImagePlus input, int scale, int bitDepth) {
        Calibration calibration = input.getCalibration().copy();
        if (scale != 1) {
            calibration.pixelWidth /= scale;
            calibration.pixelHeight /= scale;
            calibration.xOrigin *= scale;
            calibration.yOrigin *= scale;
        }
        if (bitDepth == 32 || input.getBitDepth() != bitDepth) calibration.disableDensityCalibration();
        return calibration;
    }
}
