package org.neuralij.image;

import ij.process.FloatProcessor;

/**
 * A multi-channel float image laid out as C x H x W: channel planes one after the other, each row-major.
 * The array is shared, not copied: steps that change pixels work on a {@link #copy()}.
 */
public final class FloatImage {

    private final int channels;
    private final int width;
    private final int height;
    private final float[] data;

    public FloatImage(int channels, int width, int height, float[] data) {
        if (channels < 1 || width < 1 || height < 1) {
            throw new IllegalArgumentException("An image needs at least one channel and one pixel, but has "
                    + channels + " channel(s) of " + width + "x" + height + " px.");
        }
        if (data.length != (long) channels * width * height) {
            throw new IllegalArgumentException("Expected " + channels + " x " + width + " x " + height
                    + " = " + (long) channels * width * height + " values, but got " + data.length + ".");
        }
        this.channels = channels;
        this.width = width;
        this.height = height;
        this.data = data;
    }

    public static FloatImage zeros(int channels, int width, int height) {
        return new FloatImage(channels, width, height, new float[channels * width * height]);
    }

    /** Builds an image from one processor per channel; all must have the same size. */
    public static FloatImage ofChannels(FloatProcessor... planes) {
        int w = planes[0].getWidth();
        int h = planes[0].getHeight();
        float[] data = new float[planes.length * w * h];
        for (int c = 0; c < planes.length; c++) {
            System.arraycopy((float[]) planes[c].getPixels(), 0, data, c * w * h, w * h);
        }
        return new FloatImage(planes.length, w, h, data);
    }

    public int channels() {
        return channels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The live C x H x W array. */
    public float[] data() {
        return data;
    }

    public int planeSize() {
        return width * height;
    }

    public int index(int channel, int x, int y) {
        return (channel * height + y) * width + x;
    }

    public float get(int channel, int x, int y) {
        return data[index(channel, x, y)];
    }

    public void set(int channel, int x, int y, float value) {
        data[index(channel, x, y)] = value;
    }

    /** A copy of one channel as an ImageJ processor. */
    public FloatProcessor channelProcessor(int channel) {
        float[] plane = new float[planeSize()];
        System.arraycopy(data, channel * planeSize(), plane, 0, planeSize());
        return new FloatProcessor(width, height, plane);
    }

    /** The values of one channel, read in place, for fitting a {@link Normalizer}. */
    public ChannelValues channelValues(int channel) {
        if (channel < 0 || channel >= channels) {
            throw new IllegalArgumentException("Channel " + channel + " does not exist: the image has " + channels + " channel(s), numbered from 0.");
        }
        int from = channel * planeSize();
        return new ChannelValues() {
            @Override
            public String description() {
                return "channel " + channel + " of a " + sizeText() + " image";
            }

            @Override
            public void forEach(FloatSink sink) {
                for (int i = from; i < from + planeSize(); i++) sink.accept(data[i]);
            }
        };
    }

    public FloatImage copy() {
        return new FloatImage(channels, width, height, data.clone());
    }

    /** A copy with {@code f} applied to every value. */
    public FloatImage mapped(java.util.function.DoubleUnaryOperator f) {
        FloatImage result = copy();
        float[] values = result.data;
        for (int i = 0; i < values.length; i++) values[i] = (float) f.applyAsDouble(values[i]);
        return result;
    }

    public FloatImage crop(int x0, int y0, int cropWidth, int cropHeight) {
        if (x0 < 0 || y0 < 0 || x0 + cropWidth > width || y0 + cropHeight > height) {
            throw new IllegalArgumentException("The crop " + cropWidth + "x" + cropHeight + " at (" + x0 + ", "
                    + y0 + ") does not fit in the " + sizeText() + " image.");
        }
        FloatImage crop = zeros(channels, cropWidth, cropHeight);
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < cropHeight; y++) {
                System.arraycopy(data, index(c, x0, y0 + y), crop.data, crop.index(c, 0, y), cropWidth);
            }
        }
        return crop;
    }

    /** Bilinear resizing of each channel (area-averaged when shrinking); this image itself when the size is its own. */
    public FloatImage resized(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) return this;
        FloatProcessor[] planes = new FloatProcessor[channels];
        for (int c = 0; c < channels; c++) {
            FloatProcessor plane = channelProcessor(c);
            plane.setInterpolationMethod(FloatProcessor.BILINEAR);
            planes[c] = (FloatProcessor) plane.resize(newWidth, newHeight, true);
        }
        return ofChannels(planes);
    }

    /** Shrunk (area-averaged) so that the longer side is at most {@code maxSide}; never enlarged. */
    public FloatImage fittedTo(int maxSide) {
        int longer = Math.max(width, height);
        if (longer <= maxSide) return this;
        return resized(Math.max(1, Math.round(width * (float) maxSide / longer)), Math.max(1, Math.round(height * (float) maxSide / longer)));
    }

    public String sizeText() {
        return width + "x" + height;
    }
}
