package org.neuralij.train.data;

import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import java.util.Random;
import org.neuralij.image.FloatImage;

/**
 * Bilinear downscaling by an integer factor (averaging when shrinking, so no aliasing), to
 * floor(width / factor) x floor(height / factor); optionally scaled back up bilinearly to the original
 * size, which blurs like a low-resolution camera while keeping the size. Shrinking the hole mask is not
 * defined, so {@link Degradation} puts no downscale after holes.
 */
public final class Downscale implements DegradationStep {

    private final int factor;
    private final boolean backToOriginalSize;

    private Downscale(int factor, boolean backToOriginalSize) {
        if (factor < 1) {
            throw new IllegalArgumentException("The downscale factor must be 1 or more, but is " + factor + ".");
        }
        this.factor = factor;
        this.backToOriginalSize = backToOriginalSize;
    }

    public static Downscale by(int factor) {
        return new Downscale(factor, false);
    }

    public static Downscale andBack(int factor) {
        return new Downscale(factor, true);
    }

    @Override
    public Degraded apply(Degraded current, Random random) {
        FloatImage image = current.image();
        int w = Math.max(1, image.width() / factor);
        int h = Math.max(1, image.height() / factor);
        FloatImage result = PlaneFilter.eachChannel(image, plane -> {
            plane.setInterpolationMethod(ImageProcessor.BILINEAR);
            ImageProcessor small = plane.resize(w, h, true);
            if (!backToOriginalSize) {
                return (FloatProcessor) small;
            }
            small.setInterpolationMethod(ImageProcessor.BILINEAR);
            return (FloatProcessor) small.resize(image.width(), image.height());
        });
        return backToOriginalSize ? current.withImage(result) : Degraded.of(result);
    }

    @Override
    public String spec() {
        return (backToOriginalSize ? "downscaleback=" : "downscale=") + factor;
    }

    @Override
    public int shrinkFactor() {
        return backToOriginalSize ? 1 : factor;
    }
}
