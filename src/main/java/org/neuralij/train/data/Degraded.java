package org.neuralij.train.data;
import org.neuralij.image.FloatImage;

/**
 * A degraded image and its hole mask (width x height of the image, 1 where a hole was cut, else 0; all 0
 * when no {@link Holes} step ran). Steps after the holes (noise, JPEG...) may change the hole pixels;
 * the mask still marks them.
 */
public record Degraded(FloatImage image, float[] holeMask) {

    public Degraded {
        if (holeMask.length != image.planeSize()) {
            throw new IllegalArgumentException("The hole mask has " + holeMask.length + " values for a "
                    + image.sizeText() + " image.");
        }
    }

    public static Degraded of(FloatImage clean) {
        return new Degraded(clean, new float[clean.planeSize()]);
    }

    public Degraded withImage(FloatImage changed) {
        return new Degraded(changed, holeMask);
    }
}
