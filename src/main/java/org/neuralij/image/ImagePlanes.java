package org.neuralij.image;

import ij.ImagePlus;
import ij.ImageStack;

/**
 * The one place that reads ImageJ's pixel arrays: an image of any type (8-bit, 16-bit, 32-bit, RGB) seen as
 * channels × z-slices × frames of float planes, without copying it. RGB counts as three channels, 0, 1, 2 =
 * red, green, blue; integer types read unsigned, as ImageJ shows them, with no calibration function applied.
 * Indices are 0-based. {@link ImageAssembler} is the writing side.
 */
public final class ImagePlanes {

    private final ImagePlus image;
    private final ImageStack stack;
    private final HyperstackShape shape;
    private final boolean rgb;

    private ImagePlanes(ImagePlus image) {
        int bitDepth = image.getBitDepth();
        if (bitDepth != 8 && bitDepth != 16 && bitDepth != 24 && bitDepth != 32) {
            throw new IllegalArgumentException("Image '" + image.getTitle() + "' has an unsupported bit depth (" + bitDepth
                    + "). Convert it to 8-bit, 16-bit, 32-bit or RGB Color with Image > Type first.");
        }
        this.image = image;
        this.shape = HyperstackShape.of(image);
        this.stack = image.getStack();
        this.rgb = bitDepth == 24;
    }

    public static ImagePlanes of(ImagePlus image) {
        return new ImagePlanes(image);
    }

    public int channels() {
        return rgb ? 3 : shape.channels();
    }

    public int slices() {
        return shape.slices();
    }

    public int frames() {
        return shape.frames();
    }

    public int width() {
        return shape.width();
    }

    public int height() {
        return shape.height();
    }

    public int planeSize() {
        return shape.planeSize();
    }

    /** 8, 16, 24 (RGB) or 32. */
    public int bitDepth() {
        return image.getBitDepth();
    }

    public boolean isRgb() {
        return rgb;
    }

    /** Reads channel {@code channel} of the plane at slice {@code z}, frame {@code t} in place. */
    public PlaneReader reader(int channel, int z, int t) {
        return PlaneReader.of(pixels(channel, z, t), rgb ? channel : 0);
    }

    /** A copy of one channel of one plane, in one tight loop per pixel type. */
    public float[] plane(int channel, int z, int t) {
        Object pixels = pixels(channel, z, t);
        if (pixels instanceof float[] floats) return floats.clone();
        float[] values = new float[shape.planeSize()];
        if (pixels instanceof byte[] bytes) {
            for (int i = 0; i < values.length; i++) values[i] = bytes[i] & 0xff;
        } else if (pixels instanceof short[] shorts) {
            for (int i = 0; i < values.length; i++) values[i] = shorts[i] & 0xffff;
        } else {
            int[] colours = (int[]) pixels;
            int shift = 16 - 8 * channel;
            for (int i = 0; i < values.length; i++) values[i] = (colours[i] >> shift) & 0xff;
        }
        return values;
    }

    /** Every channel of the plane at slice {@code z}, frame {@code t}, copied as one C × H × W image. */
    public FloatImage position(int z, int t) {
        int n = shape.planeSize();
        float[] data = new float[channels() * n];
        for (int c = 0; c < channels(); c++) System.arraycopy(plane(c, z, t), 0, data, c * n, n);
        return new FloatImage(channels(), shape.width(), shape.height(), data);
    }

    /** The values of one channel over all slices and frames, for fitting a {@link Normalizer}. */
    public ChannelValues channel(int channel) {
        requireChannel(channel);
        return new ImageChannelValues(channel);
    }

    /** Number of NaN and infinite values in the whole image (0 unless it is 32-bit). */
    public long countNonFinite() {
        if (image.getBitDepth() != 32) return 0;
        long count = 0;
        for (int n = 1; n <= stack.getSize(); n++) {
            for (float v : (float[]) stack.getPixels(n)) {
                if (!Float.isFinite(v)) count++;
            }
        }
        return count;
    }

    private Object pixels(int channel, int z, int t) {
        requireChannel(channel);
        if (z < 0 || z >= shape.slices() || t < 0 || t >= shape.frames()) {
            throw new IllegalArgumentException("Image '" + image.getTitle() + "' has no plane at slice " + (z + 1) + ", frame "
                    + (t + 1) + ": it has " + shape.slices() + " slice(s) and " + shape.frames() + " frame(s).");
        }
        return stack.getPixels(shape.stackIndex(rgb ? 0 : channel, z, t) + 1);
    }

    private void requireChannel(int channel) {
        if (channel < 0 || channel >= channels()) {
            throw new IllegalArgumentException("Channel " + channel + " does not exist: image '" + image.getTitle()
                    + "' has " + channels() + " channel(s), numbered from 0" + (rgb ? " (0 = red, 1 = green, 2 = blue)." : "."));
        }
    }

    private final class ImageChannelValues implements ChannelValues {
        private final int channel;

        ImageChannelValues(int channel) {
            this.channel = channel;
        }

        @Override
        public String description() {
            return "channel " + channel + " of image '" + image.getTitle() + "'";
        }

        @Override
        public void forEach(FloatSink sink) {
            for (int t = 0; t < shape.frames(); t++) {
                for (int z = 0; z < shape.slices(); z++) {
                    PlaneReader reader = reader(channel, z, t);
                    for (int i = 0; i < shape.planeSize(); i++) sink.accept(reader.read(i));
                }
            }
        }

        @Override
        public long[] histogram() {
            if (image.getBitDepth() == 32) return null;
            long[] counts = new long[image.getBitDepth() == 16 ? 65536 : 256];
            int shift = 16 - 8 * channel;
            for (int t = 0; t < shape.frames(); t++) {
                for (int z = 0; z < shape.slices(); z++) {
                    Object pixels = pixels(channel, z, t);
                    if (pixels instanceof byte[] bytes) for (byte b : bytes) counts[b & 0xff]++;
                    else if (pixels instanceof short[] shorts) for (short v : shorts) counts[v & 0xffff]++;
                    else for (int c : (int[]) pixels) counts[(c >> shift) & 0xff]++;
                }
            }
            return counts;
        }

        @Override
        public long countFinite() {
            if (image.getBitDepth() != 32) return (long) shape.planeSize() * shape.slices() * shape.frames();
            return ChannelValues.super.countFinite();
        }
    }
}
