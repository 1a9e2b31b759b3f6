package org.neuralij.train.data;

import org.neuralij.image.FloatImage;

/** Resizes a square patch for {@link Zoom}: its first channels (values) bilinearly, the others (labels, masks) by nearest neighbour, which keeps them whole numbers. */
final class PatchResampling {

    private PatchResampling() {
    }

    static FloatImage resample(FloatImage square, int size, int valueChannels) {
        FloatImage result = FloatImage.zeros(square.channels(), size, size);
        int plane = size * size;
        if (valueChannels > 0) {
            FloatImage values = new FloatImage(valueChannels, square.width(), square.height(),
                    java.util.Arrays.copyOf(square.data(), valueChannels * square.planeSize())).resized(size, size);
            System.arraycopy(values.data(), 0, result.data(), 0, valueChannels * plane);
        }
        double step = square.width() / (double) size;
        for (int c = valueChannels; c < square.channels(); c++) {
            for (int y = 0; y < size; y++) {
                int sy = Math.min(square.height() - 1, (int) ((y + 0.5) * step));
                for (int x = 0; x < size; x++) {
                    int sx = Math.min(square.width() - 1, (int) ((x + 0.5) * step));
                    result.set(c, x, y, square.get(c, sx, sy));
                }
            }
        }
        return result;
    }
}
