package org.neuralij.train.data;

import ij.process.FloatProcessor;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.neuralij.image.FloatImage;

/**
 * The pixels of one freshly cut training patch as augmentation's value steps change them, in place. The
 * scene is what a different camera, illumination or exposure would change: the input's value channels, and
 * the target's when it holds the same kind of values ({@link PatchRoles}). Masks and labels are never changed.
 */
public final class PatchValues {

    private final FloatImage input;
    private final FloatImage target;
    private final PatchRoles roles;

    PatchValues(FloatImage input, FloatImage target, PatchRoles roles) {
        this.input = input;
        this.target = target;
        this.roles = roles;
    }

    /** Applies {@code f} to every value of the scene. */
    public void mapScene(DoubleUnaryOperator f) {
        map(input, valueChannels(input), f);
        if (targetInScene()) map(target, valueChannels(target), f);
    }

    /** Adds {@code field(u, v)} to the scene, u and v running from 0 to 1 across the patch (pixel centres), whatever its resolution. */
    public void addToScene(DoubleBinaryOperator field) {
        add(input, field);
        if (targetInScene()) add(target, field);
    }

    /** Applies {@code f} to every value of the input's value channels only, e.g. noise. */
    public void mapInput(DoubleUnaryOperator f) {
        map(input, valueChannels(input), f);
    }

    /** Replaces each value channel of the input by {@code filter} of it, e.g. a blur. */
    public void filterInput(UnaryOperator<FloatProcessor> filter) {
        int plane = input.planeSize();
        for (int c = 0; c < valueChannels(input); c++) {
            float[] filtered = (float[]) filter.apply(input.channelProcessor(c)).getPixels();
            System.arraycopy(filtered, 0, input.data(), c * plane, plane);
        }
    }

    private boolean targetInScene() {
        return roles.target() == PatchRoles.TargetValues.LIKE_INPUT;
    }

    private int valueChannels(FloatImage image) {
        return image.channels() - roles.maskChannels();
    }

    private static void map(FloatImage image, int channels, DoubleUnaryOperator f) {
        float[] data = image.data();
        int end = channels * image.planeSize();
        for (int i = 0; i < end; i++) data[i] = (float) f.applyAsDouble(data[i]);
    }

    private void add(FloatImage image, DoubleBinaryOperator field) {
        int width = image.width();
        int height = image.height();
        float[] values = new float[image.planeSize()];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) values[y * width + x] = (float) field.applyAsDouble((x + 0.5) / width, (y + 0.5) / height);
        }
        float[] data = image.data();
        for (int c = 0; c < valueChannels(image); c++) {
            int offset = c * values.length;
            for (int i = 0; i < values.length; i++) data[offset + i] += values[i];
        }
    }
}
