package org.neuralij.train.data;

import java.util.Random;

/**
 * A smooth background added to the scene ({@code field=0-1}): per patch one of a linear gradient in a random
 * direction, a random polynomial of degree 2, or vignetting (a radial fall-off about a random centre), scaled so
 * that it rises by an amplitude drawn from the range across the patch (normalised units: 1 is about the contrast
 * of the image's brightest objects). It is added to the target too when that is an image of the same scene, so an
 * image model keeps real backgrounds instead of learning to remove them; a segmentation must learn to ignore it.
 */
public record BackgroundField(RandomRange amplitude) implements AugmentationStep.ValueStep {

    /** The grid on which the field's range over the patch is measured, to scale it. */
    private static final int PROBES = 17;

    public BackgroundField {
        if (amplitude.min() < 0) throw new IllegalArgumentException("field=" + amplitude.spec() + ": give amplitudes of 0 or more, e.g. field=0-1.");
    }

    private interface Shape {
        double at(double u, double v);
    }

    @Override
    public void apply(PatchValues values, Random random) {
        double a = amplitude.draw(random);
        Shape shape = shape(random);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < PROBES; i++) {
            for (int j = 0; j < PROBES; j++) {
                double value = shape.at(i / (PROBES - 1.0), j / (PROBES - 1.0));
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (a == 0 || !(high > low)) return;
        double lowest = low;
        double gain = a / (high - low);
        values.addToScene((u, v) -> gain * (shape.at(u, v) - lowest));
    }

    private static Shape shape(Random random) {
        switch (random.nextInt(3)) {
            case 0: {
                double angle = 2 * Math.PI * random.nextDouble();
                double cos = Math.cos(angle);
                double sin = Math.sin(angle);
                return (u, v) -> cos * u + sin * v;
            }
            case 1: {
                double[] c = new double[5];
                for (int i = 0; i < c.length; i++) c[i] = 2 * random.nextDouble() - 1;
                return (u, v) -> c[0] * u + c[1] * v + c[2] * u * u + c[3] * v * v + c[4] * u * v;
            }
            default: {
                double cu = random.nextDouble();
                double cv = random.nextDouble();
                return (u, v) -> -((u - cu) * (u - cu) + (v - cv) * (v - cv));
            }
        }
    }

    @Override
    public String spec() {
        return "field=" + amplitude.spec();
    }
}
