package org.neuralij.image;

/**
 * Collects the finite values of a channel: all of them if there are at most {@code maxSize},
 * otherwise an evenly strided selection of exactly {@code maxSize} of them.
 */
final class FiniteSample {

    private FiniteSample() {
    }

    static float[] collect(ChannelValues pixels, int maxSize) {
        long finite = pixels.countFinite();
        if (finite == 0) {
            throw pixels.noFiniteValue();
        }
        int sampleSize = (int) Math.min(finite, maxSize);
        StridedCollector collector = new StridedCollector(finite, sampleSize);
        pixels.forEach(collector);
        return collector.values;
    }

    /** Keeps finite value number floor(k * finite / sampleSize) for k = 0 .. sampleSize-1. */
    private static final class StridedCollector implements FloatSink {
        private final float[] values;
        private final double stride;
        private long finiteSeen;
        private int kept;
        private long nextToKeep;

        StridedCollector(long finite, int sampleSize) {
            this.values = new float[sampleSize];
            this.stride = (double) finite / sampleSize;
        }

        @Override
        public void accept(float value) {
            if (!Float.isFinite(value)) {
                return;
            }
            if (finiteSeen == nextToKeep && kept < values.length) {
                values[kept++] = value;
                nextToKeep = (long) (kept * stride);
            }
            finiteSeen++;
        }
    }
}
