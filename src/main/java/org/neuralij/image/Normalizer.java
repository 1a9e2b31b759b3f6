package org.neuralij.image;

import ij.ImagePlus;

/**
 * An immutable affine intensity map {@code v = (raw - low) / (high - low)} and its inverse. Fit it once on
 * the whole image and apply the same instance to every tile, so tiles share one intensity scale.
 * <p>
 * If {@code high <= low} (a constant image) the scale is 1 instead, i.e. {@code v = raw - low}, so
 * nothing is divided by zero; {@link #high()} still reports the fitted value.
 * <p>
 * Statistics are over one channel (0-based; for RGB images 0, 1, 2 = red, green, blue), over all z-slices
 * and frames, ignoring NaN and infinite values. {@link #percentile} interpolates linearly between order
 * statistics like {@code numpy.percentile}. It is exact for 8-bit, 16-bit and RGB images (read off the channel's
 * histogram, without copying the image) and for 32-bit channels of at most {@value #EXACT_PERCENTILE_LIMIT} finite
 * values; larger 32-bit channels use an evenly strided sample of that many finite values, which keeps memory and time
 * bounded (about 16 MB and a linear-time selection over 4 M values).
 */
public final class Normalizer {

    /** Default lower percentile, as in CSBDeep. */
    public static final double DEFAULT_LOW_PERCENT = 1.0;
    /** Default upper percentile, as in CSBDeep. */
    public static final double DEFAULT_HIGH_PERCENT = 99.8;
    /** Maximum number of values used for percentiles; larger channels are sampled. */
    public static final int EXACT_PERCENTILE_LIMIT = 4_194_304;

    private static final Normalizer IDENTITY = new Normalizer(0, 1);

    private final double low;
    private final double high;
    private final double scale;

    private Normalizer(double low, double high) {
        this.low = low;
        this.high = high;
        this.scale = high > low ? high - low : 1.0;
    }

    public static Normalizer percentile(ImagePlus imp, int channel, double lowPercent, double highPercent) {
        return percentile(ImagePlanes.of(imp).channel(channel), lowPercent, highPercent);
    }

    public static Normalizer percentile(ChannelValues values, double lowPercent, double highPercent) {
        if (!(0 <= lowPercent && lowPercent < highPercent && highPercent <= 100)) {
            throw new IllegalArgumentException("Percentiles must satisfy 0 <= low < high <= 100, but low = "
                    + lowPercent + " and high = " + highPercent + ". Typical values are "
                    + DEFAULT_LOW_PERCENT + " and " + DEFAULT_HIGH_PERCENT + ".");
        }
        long[] histogram = values.histogram();
        if (histogram != null) {
            return new Normalizer(Percentiles.ofHistogram(histogram, lowPercent), Percentiles.ofHistogram(histogram, highPercent));
        }
        float[] sample = FiniteSample.collect(values, EXACT_PERCENTILE_LIMIT);
        return new Normalizer(Percentiles.linear(sample, lowPercent), Percentiles.linear(sample, highPercent));
    }

    public static Normalizer minMax(ImagePlus imp, int channel) {
        return minMax(ImagePlanes.of(imp).channel(channel));
    }

    public static Normalizer minMax(ChannelValues values) {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        values.forEach(v -> {
            if (Float.isFinite(v)) {
                range[0] = Math.min(range[0], v);
                range[1] = Math.max(range[1], v);
            }
        });
        if (range[0] > range[1]) {
            throw values.noFiniteValue();
        }
        return new Normalizer(range[0], range[1]);
    }

    public static Normalizer fixed(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            throw new IllegalArgumentException("The fixed intensity range must be two finite numbers with"
                    + " min <= max, but min = " + min + " and max = " + max + ".");
        }
        return new Normalizer(min, max);
    }

    public static Normalizer identity() {
        return IDENTITY;
    }

    /**
     * The same fit mapped to -1..1 instead of 0..1 (for networks with a tanh output): {@code low} goes to -1 and
     * {@code high} to 1. The result is the map of the midpoint to 0, so its {@link #low()} is that midpoint.
     */
    public Normalizer toSymmetricRange() {
        return new Normalizer((low + high) / 2, high);
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    public float normalize(float raw) {
        return (float) ((raw - low) / scale);
    }

    public float denormalize(float normalized) {
        return (float) (normalized * scale + low);
    }

    /** Normalizes {@code src} into {@code dst}; they may be the same array. */
    public void normalizeInto(float[] src, float[] dst) {
        requireSameLength(src, dst);
        for (int i = 0; i < src.length; i++) {
            dst[i] = normalize(src[i]);
        }
    }

    /** Inverse of {@link #normalizeInto}; {@code src} and {@code dst} may be the same array. */
    public void denormalizeInto(float[] src, float[] dst) {
        requireSameLength(src, dst);
        for (int i = 0; i < src.length; i++) {
            dst[i] = denormalize(src[i]);
        }
    }

    private static void requireSameLength(float[] src, float[] dst) {
        if (src.length != dst.length) {
            throw new IllegalArgumentException("Source and destination arrays differ in length ("
                    + src.length + " vs " + dst.length + ").");
        }
    }

    @Override
    public String toString() {
        return "Normalizer[low=" + low + ", high=" + high + "]";
    }
}
