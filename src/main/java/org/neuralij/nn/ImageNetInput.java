package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * How the feature networks see an image: RGB in [0, 1] (a gray image repeated to 3 channels),
 * then per channel (x − mean) / std with ImageNet's statistics, as torchvision's pretrained VGG
 * expects. The random-filter network gets the same input, so that both are used alike and its
 * Kaiming-scaled filters see values of about unit variance.
 */
public final class ImageNetInput {

    public static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    public static final float[] STD = {0.229f, 0.224f, 0.225f};

    private ImageNetInput() {
    }

    public static NDArray normalize(NDArray images) {
        Shape shape = images.getShape();
        if (shape.dimension() != 4 || (shape.get(1) != 1 && shape.get(1) != 3)) {
            throw new IllegalArgumentException("A feature network takes (batch, 1 or 3 channels, height, width) images, not " + shape);
        }
        NDArray rgb = shape.get(1) == 3 ? images : images.repeat(1, 3);
        NDManager manager = images.getManager();
        NDArray mean = manager.create(MEAN, new Shape(1, 3, 1, 1));
        NDArray std = manager.create(STD, new Shape(1, 3, 1, 1));
        return rgb.sub(mean).div(std);
    }
}
