package org.neuralij.train.data;

import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import org.neuralij.image.FloatImage;

/**
 * Classical upscaling by a whole factor with ImageJ's bicubic interpolation (what Image › Scale... does):
 * the baseline a super-resolution model has to beat.
 */
public final class Upscale {

    private Upscale() {
    }

    public static FloatImage bicubic(FloatImage image, int factor) {
        return PlaneFilter.eachChannel(image, plane -> bicubic(plane, factor));
    }

    public static FloatProcessor bicubic(FloatProcessor plane, int factor) {
        plane.setInterpolationMethod(ImageProcessor.BICUBIC);
        return (FloatProcessor) plane.resize(plane.getWidth() * factor, plane.getHeight() * factor);
    }
}
