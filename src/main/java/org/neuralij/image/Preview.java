package org.neuralij.image;

/**
 * The image a training shows after each epoch, as channels × height × width floats (channel planes one after
 * the other, each row-major), in the network's value range.
 */
public record Preview(float[] pixels, int channels, int height, int width) {

    public Preview {
        if ((long) channels * height * width != pixels.length) {
            throw new IllegalArgumentException("A preview of " + channels + " × " + height + " × " + width + " needs "
                    + (long) channels * height * width + " values, not " + pixels.length);
        }
    }

    /** A one-channel square patch, the preview of the supervised trainings; null when the pixels are not a square. */
    public static Preview ofSquarePatch(float[] pixels) {
        if (pixels == null) return null;
        int side = (int) Math.round(Math.sqrt(pixels.length));
        return side > 0 && side * side == pixels.length ? new Preview(pixels, 1, side, side) : null;
    }

    /** One channel's plane (the last one when asked for more than there are: gray shown beside colour). */
    public float[] plane(int channel) {
        int size = height * width;
        float[] plane = new float[size];
        System.arraycopy(pixels, Math.min(channel, channels - 1) * size, plane, 0, size);
        return plane;
    }
}
