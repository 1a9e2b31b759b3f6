package org.neuralij.train.data;

import org.neuralij.image.FloatImage;
import org.neuralij.image.Normalizer;

/**
 * Normalises a pair as the model will see it at inference: per channel, the low and high percentiles
 * (1 % and 99.8 % by default) of the INPUT are mapped to 0 and 1, and the same map is applied to the
 * target, so the model learns input-to-target in the input's intensity scale. A 1-channel input's map is
 * applied to every target channel; otherwise input and target need the same channel count.
 */
public final class TrainingNormalization {

    private final double lowPercent;
    private final double highPercent;

    public TrainingNormalization(double lowPercent, double highPercent) {
        this.lowPercent = lowPercent;
        this.highPercent = highPercent;
    }

    public static TrainingNormalization defaults() {
        return new TrainingNormalization(Normalizer.DEFAULT_LOW_PERCENT, Normalizer.DEFAULT_HIGH_PERCENT);
    }

    public TrainingPair apply(ImagePair pair) {
        return apply(pair.name(), pair.input().pixels(), pair.target().pixels());
    }

    /** For label targets (segmentation masks): the input is normalised, the labels are kept as they are. */
    public TrainingPair applyToInput(ImagePair pair) {
        return applyToInput(pair.name(), pair.input().pixels(), pair.target().pixels());
    }

    /** For targets in units of their own (labels, colour differences): only the input is normalised. */
    public TrainingPair applyToInput(String name, FloatImage input, FloatImage target) {
        return new TrainingPair(name, normalized(input, fit(input)), target);
    }

    public TrainingPair apply(String name, FloatImage input, FloatImage target) {
        if (input.channels() != 1 && input.channels() != target.channels()) {
            throw new IllegalArgumentException("Pair '" + name + "' has " + input.channels() + " input and "
                    + target.channels() + " target channels: give both the same channel count, or a 1-channel"
                    + " input.");
        }
        Normalizer[] perChannel = fit(input);
        return new TrainingPair(name, normalized(input, perChannel), normalized(target, perChannel));
    }

    private Normalizer[] fit(FloatImage input) {
        Normalizer[] perChannel = new Normalizer[input.channels()];
        for (int c = 0; c < perChannel.length; c++) {
            perChannel[c] = Normalizer.percentile(input.channelValues(c), lowPercent, highPercent);
        }
        return perChannel;
    }

    private static FloatImage normalized(FloatImage image, Normalizer[] perChannel) {
        FloatImage result = image.copy();
        float[] data = result.data();
        int n = image.planeSize();
        for (int c = 0; c < image.channels(); c++) {
            Normalizer normalizer = perChannel[Math.min(c, perChannel.length - 1)];
            for (int i = c * n; i < (c + 1) * n; i++) {
                data[i] = normalizer.normalize(data[i]);
            }
        }
        return result;
    }
}
