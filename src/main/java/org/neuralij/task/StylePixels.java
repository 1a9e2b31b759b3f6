package org.neuralij.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ij.process.ColorProcessor;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import org.neuralij.image.FloatImage;
import org.neuralij.image.ImagePlanes;

/** The pixels optimisation-based style transfer works on: RGB as 3×H×W floats in [0, 1], resized and turned back into 8-bit RGB. */
final class StylePixels {

    private StylePixels() {
    }

    static FloatImage unit(ImageProcessor rgb) {
        return ImagePlanes.of(new ImagePlus("", rgb)).position(0, 0).mapped(v -> v * (1 / 255.0));
    }

    /** 1×3×H×W. */
    static NDArray batch(NDManager manager, FloatImage image) {
        return manager.create(image.data(), new Shape(1, 3, image.height(), image.width()));
    }

    static FloatImage image(NDArray batch) {
        Shape shape = batch.getShape();
        return new FloatImage(3, (int) shape.get(3), (int) shape.get(2), batch.toFloatArray());
    }

    /** 8-bit RGB, values clamped to [0, 1] and rounded. */
    static ColorProcessor rgb(FloatImage image) {
        int n = image.planeSize();
        float[] data = image.data();
        int[] pixels = new int[n];
        for (int i = 0; i < n; i++) pixels[i] = level(data[i]) << 16 | level(data[n + i]) << 8 | level(data[2 * n + i]);
        return new ColorProcessor(image.width(), image.height(), pixels);
    }

    private static int level(float unit) {
        return Float.isNaN(unit) ? 0 : Math.round(255 * Math.max(0, Math.min(1, unit)));
    }
}
