package org.neuralij.train.data;

import java.util.Random;
import org.neuralij.image.FloatImage;

/**
 * Cuts black (0) rectangles into every channel for inpainting: a count drawn from [minCount, maxCount],
 * each with a width and height drawn from [minSize, maxSize] (capped at the image size) at a random
 * position fully inside the image. Rectangles may overlap. The {@link Degraded#holeMask()} marks them.
 */
public final class Holes implements DegradationStep {

    private final RandomRange count;
    private final RandomRange size;

    public Holes(RandomRange count, RandomRange size) {
        if (size.min() < 1) {
            throw new IllegalArgumentException("Holes need a size of at least 1 px, but the size range is "
                    + size.spec() + ".");
        }
        this.count = count;
        this.size = size;
    }

    @Override
    public Degraded apply(Degraded current, Random random) {
        FloatImage image = current.image().copy();
        float[] mask = current.holeMask().clone();
        int holes = count.drawInt(random);
        for (int k = 0; k < holes; k++) {
            int w = Math.min(image.width(), size.drawInt(random));
            int h = Math.min(image.height(), size.drawInt(random));
            int x0 = random.nextInt(image.width() - w + 1);
            int y0 = random.nextInt(image.height() - h + 1);
            for (int y = y0; y < y0 + h; y++) {
                for (int x = x0; x < x0 + w; x++) {
                    mask[y * image.width() + x] = 1;
                    for (int c = 0; c < image.channels(); c++) {
                        image.set(c, x, y, 0);
                    }
                }
            }
        }
        return new Degraded(image, mask);
    }

    @Override
    public String spec() {
        return "holes=" + count.spec() + "/" + size.spec();
    }
}
