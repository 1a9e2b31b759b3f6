package org.neuralij.train.data;

import java.util.Random;

/**
 * Rounds every value to one of the 2^bits evenly spaced levels of [0, 1] (clipping outside it), as saving the
 * image at that bit depth would. A model that only ever saw unrounded inputs learns to sharpen, and on a real
 * 8-bit image it then sharpens the rounding error of ±half a grey level into visible noise.
 */
public final class Quantize implements DegradationStep {

    private final int bits;
    private final float levels;

    public Quantize(int bits) {
        if (bits < 1 || bits > 16) {
            throw new IllegalArgumentException("quantize= takes a bit depth from 1 to 16 (8 for 8-bit images), not " + bits + ".");
        }
        this.bits = bits;
        this.levels = (1 << bits) - 1;
    }

    @Override
    public Degraded apply(Degraded current, Random random) {
        return current.withImage(current.image().mapped(value -> Math.round(Math.min(1f, Math.max(0f, value)) * levels) / levels));
    }

    @Override
    public String spec() {
        return "quantize=" + bits;
    }
}
