package org.neuralij.train.data;

import java.util.Random;

/**
 * Photon-count (shot) noise: a pixel of value v becomes Poisson(v * peak) / peak, with the peak (photons
 * at value 1) drawn per image, log-uniformly, so that a range of 10-4000 photons gives as many images
 * of 10-100 as of 400-4000; lower peaks are noisier. Negative values count as 0.
 */
public final class PoissonNoise implements DegradationStep {

    /** Above this mean the normal approximation of the Poisson law is accurate and much faster. */
    private static final double NORMAL_APPROXIMATION_FROM = 30;

    private final RandomRange peak;

    public PoissonNoise(RandomRange peak) {
        if (peak.min() <= 0) {
            throw new IllegalArgumentException("The Poisson peak (photons at value 1) must be above 0, but the"
                    + " range is " + peak.spec() + ".");
        }
        this.peak = peak;
    }

    @Override
    public Degraded apply(Degraded current, Random random) {
        double p = peak.drawLog(random);
        return current.withImage(current.image().mapped(value -> poisson(Math.max(0, value) * p, random) / p));
    }

    static long poisson(double mean, Random random) {
        if (mean >= NORMAL_APPROXIMATION_FROM) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        // Knuth: count uniform draws until their product falls below exp(-mean).
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    @Override
    public String spec() {
        return "poisson=" + peak.spec();
    }
}
