package org.neuralij.task;

import org.neuralij.train.data.Seeds;

import java.util.Random;

/** The noise vectors a generator turns into images: standard normal, one per seed and image number. */
public final class Latents {

    private final int length;

    public Latents(int length) {
        this.length = length;
    }

    /** The noise of image {@code index} of {@code seed}, which depends on nothing else. */
    public float[] of(long seed, int index) {
        Random random = new Random(Seeds.forItem(seed, index));
        float[] vector = new float[length];
        for (int i = 0; i < length; i++) vector[i] = (float) random.nextGaussian();
        return vector;
    }

    /**
     * Spherical interpolation from {@code a} (t = 0) to {@code b} (t = 1): along the great circle between their directions,
     * with their lengths interpolated linearly. A straight line would pass through vectors much shorter than noise ever is.
     */
    static float[] slerp(float[] a, float[] b, double t) {
        double lengthA = norm(a);
        double lengthB = norm(b);
        double cos = 0;
        for (int i = 0; i < a.length; i++) cos += a[i] / lengthA * (b[i] / lengthB);
        double angle = Math.acos(Math.max(-1, Math.min(1, cos)));
        double length = (1 - t) * lengthA + t * lengthB;
        float[] result = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            double directionA = a[i] / lengthA;
            double directionB = b[i] / lengthB;
            double mixed = angle < 1e-6 ? (1 - t) * directionA + t * directionB
                    : (Math.sin((1 - t) * angle) * directionA + Math.sin(t * angle) * directionB) / Math.sin(angle);
            result[i] = (float) (mixed * length);
        }
        return result;
    }

    private static double norm(float[] v) {
        double sum = 0;
        for (float x : v) sum += (double) x * x;
        return Math.sqrt(sum);
    }

    /** Which noise each image of the stack gets: images 0, 1, … of one seed, or a walk from one seed's first image to another's. */
    public record Walk(long seed, boolean interpolates, long toSeed) {

        public static Walk of(long seed, boolean interpolate, long toSeed) {
            return new Walk(seed, interpolate, toSeed);
        }

        float[] latent(Latents latents, int index, int count) {
            if (!interpolates) return latents.of(seed, index);
            return slerp(latents.of(seed, 0), latents.of(toSeed, 0), index / (double) (count - 1));
        }

        /** For the title: seed3, or seed3-to-7. */
        String describe() {
            return interpolates ? "seed" + seed + "-to-" + toSeed : "seed" + seed;
        }

        /** The keys that repeat it. */
        String keys() {
            return interpolates ? "seed=" + seed + " interpolate to_seed=" + toSeed : "seed=" + seed;
        }
    }
}
