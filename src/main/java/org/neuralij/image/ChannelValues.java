package org.neuralij.image;

/**
 * The values of one channel over all its planes, read where they are: what a {@link Normalizer} is fitted on,
 * whether the channel belongs to an ImageJ image ({@link ImagePlanes#channel}) or to a {@link FloatImage}.
 */
public interface ChannelValues {

    /** Names the channel in messages, e.g. "channel 1 of image 'cells.tif'". */
    String description();

    /** Every value, NaN and infinities included, in plane order. */
    void forEach(FloatSink sink);

    /**
     * How many pixels hold each level, for integer data (256 levels for 8-bit and RGB colours, 65536 for 16-bit);
     * null for floating-point data.
     */
    default long[] histogram() {
        return null;
    }

    default long countFinite() {
        long[] count = {0};
        forEach(v -> {
            if (Float.isFinite(v)) count[0]++;
        });
        return count[0];
    }

    default IllegalArgumentException noFiniteValue() {
        return new IllegalArgumentException("There is no finite pixel value in " + description()
                + " (only NaN or infinity), so it cannot be normalized. Check the image or choose another channel.");
    }
}
