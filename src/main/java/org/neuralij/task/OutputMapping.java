package org.neuralij.task;

import org.neuralij.image.PlaneReader;
import org.neuralij.image.ImagePlanes;
import ij.ImagePlus;
import org.neuralij.image.Normalizer;
import org.neuralij.model.OutputKind;

/**
 * Maps the network's raw output of one channel to pixel values: image outputs go back
 * through the inverse of the input channel's normalisation (and get NaN where the input had
 * non-finite pixels), probabilities stay as they are, labels become the arg-max class.
 */
final class OutputMapping {

    private final OutputKind kind;
    private final Normalizer[] normalizers;
    private final ChannelGrouping grouping;
    private final ImagePlus input;
    private final int scale;
    private final boolean restoreNonFinite;

    OutputMapping(OutputKind kind, Normalizer[] normalizers, ChannelGrouping grouping, ImagePlus input, int scale, boolean restoreNonFinite) {
        this.kind = kind;
        this.normalizers = normalizers;
        this.grouping = grouping;
        this.input = input;
        this.scale = scale;
        this.restoreNonFinite = restoreNonFinite;
    }

    float[] toPixelValues(float[] raw, int outputChannel, int z, int t) {
        if (kind != OutputKind.IMAGE) return raw;
        Normalizer normalizer = normalizers[sourceChannel(outputChannel)];
        for (int i = 0; i < raw.length; i++) raw[i] = normalizer.denormalize(raw[i]);
        if (restoreNonFinite) markNonFinite(raw, sourceChannel(outputChannel), z, t);
        return raw;
    }

    /** The input channel whose range an output channel takes: the matching one, or the group's first. */
    private int sourceChannel(int outputChannel) {
        int group = outputChannel / grouping.outputsPerGroup();
        int within = outputChannel % grouping.outputsPerGroup();
        int offset = grouping.outputsPerGroup() == grouping.channelsPerGroup() ? within : 0;
        return grouping.firstChannel(group) + offset;
    }

    private void markNonFinite(float[] values, int channel, int z, int t) {
        PlaneReader reader = ImagePlanes.of(input).reader(channel, z, t);
        int width = input.getWidth();
        int outWidth = width * scale;
        for (int y = 0; y < input.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (Float.isFinite(reader.read(y * width + x))) continue;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) values[(y * scale + dy) * outWidth + x * scale + dx] = Float.NaN;
                }
            }
        }
    }
}
