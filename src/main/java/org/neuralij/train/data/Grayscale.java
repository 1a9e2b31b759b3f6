package org.neuralij.train.data;

import java.util.Random;
import org.neuralij.image.FloatImage;

/**
 * RGB to luminance (Rec. 601: 0.299 R + 0.587 G + 0.114 B) for colorisation. By default the luminance is
 * repeated in 3 channels, so input and target keep the same shape; {@link #singleChannel()} gives 1
 * channel instead. A 1-channel image passes unchanged.
 */
public final class Grayscale implements DegradationStep {

    private final boolean single;

    private Grayscale(boolean single) {
        this.single = single;
    }

    public static Grayscale repeated() {
        return new Grayscale(false);
    }

    public static Grayscale singleChannel() {
        return new Grayscale(true);
    }

    @Override
    public Degraded apply(Degraded current, Random random) {
        FloatImage rgb = current.image();
        if (rgb.channels() == 1) {
            return current;
        }
        if (rgb.channels() != 3) {
            throw new IllegalArgumentException("The grayscale step needs an RGB (3-channel) image, but this one"
                    + " has " + rgb.channels() + " channels. Leave the step out for non-RGB images.");
        }
        FloatImage grey = FloatImage.zeros(single ? 1 : 3, rgb.width(), rgb.height());
        int n = rgb.planeSize();
        float[] in = rgb.data();
        float[] out = grey.data();
        for (int i = 0; i < n; i++) {
            float luminance = 0.299f * in[i] + 0.587f * in[n + i] + 0.114f * in[2 * n + i];
            for (int c = 0; c < grey.channels(); c++) {
                out[c * n + i] = luminance;
            }
        }
        return current.withImage(grey);
    }

    @Override
    public String spec() {
        return single ? "grayscale=1" : "grayscale";
    }
}
