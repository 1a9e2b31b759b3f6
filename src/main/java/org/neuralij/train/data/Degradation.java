package org.neuralij.train.data;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.neuralij.image.FloatImage;

/**
 * A chain of {@link DegradationStep}s that turns a clean image (values in [0, 1], C x H x W) into a
 * degraded model input: "crappify". Random parameters come only from the {@link Random} passed in, so
 * the same seed gives the same output.
 * <p>
 * Text form ({@link #parse}), steps separated by commas, applied left to right:
 * {@code downscale=F} (bilinear, size / F), {@code downscaleback=F} (down and back up to the original size),
 * {@code jpeg=Q1-Q2} (quality drawn per image; plain {@code jpeg} = 10-70), {@code text},
 * {@code gauss=S1-S2} (noise sigma), {@code poisson=P1-P2} (photons at value 1, drawn log-uniformly), {@code blur=S1-S2}
 * (Gaussian sigma in px), {@code quantize=B} (rounded to B bits), {@code grayscale} (luminance in 3 channels) or {@code grayscale=1} (1 channel),
 * {@code holes=N1-N2/SIZE1-SIZE2}. A single number instead of a range fixes the value. In an ImageJ macro
 * put the spec in brackets: {@code crappify=[downscale=2,jpeg=10-70,text]}.
 */
public final class Degradation {

    private final List<DegradationStep> steps;

    private Degradation(List<DegradationStep> steps) {
        boolean holesSeen = false;
        for (DegradationStep step : steps) {
            if (step instanceof Holes) {
                holesSeen = true;
            } else if (holesSeen && step.shrinkFactor() > 1) {
                throw new IllegalArgumentException("The step " + step.spec() + " comes after holes, which would"
                        + " make the hole mask the wrong size: put holes after every downscale.");
            }
        }
        this.steps = List.copyOf(steps);
    }

    public static Degradation of(DegradationStep... steps) {
        return new Degradation(List.of(steps));
    }

    public static Degradation parse(String spec) {
        return new Degradation(DegradationSpec.parse(spec));
    }

    /** Degrades one image, drawing every random parameter from {@code random}. */
    public Degraded apply(FloatImage clean, Random random) {
        Degraded current = Degraded.of(clean);
        for (DegradationStep step : steps) {
            current = step.apply(current, random);
        }
        return current;
    }

    /**
     * Degrades image number {@code imageIndex} of a run seeded with {@code seed}: the result depends only on
     * these two numbers, not on the order in which images are processed, and differs between images.
     */
    public Degraded apply(FloatImage clean, long seed, int imageIndex) {
        return apply(clean, new Random(Seeds.forItem(seed, imageIndex)));
    }

    /** How many times smaller the output is than the input (the product of the downscale factors). */
    public int shrinkFactor() {
        int factor = 1;
        for (DegradationStep step : steps) {
            factor *= step.shrinkFactor();
        }
        return factor;
    }

    public List<DegradationStep> steps() {
        return steps;
    }

    /** The text form, which {@link #parse} reads back into an equal chain. */
    public String spec() {
        return steps.stream().map(DegradationStep::spec).collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return "Degradation[" + spec() + "]";
    }
}
