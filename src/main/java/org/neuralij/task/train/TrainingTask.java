package org.neuralij.task.train;

import org.neuralij.model.ModelKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What Train Model can train, listed once: each task's {@code task=} spelling, the crappify spec that makes its inputs
 * from clean images when {@code crappify=} is left out, and the architecture it trains when {@code architecture=} is.
 */
public enum TrainingTask {
    DENOISE("denoise", "gauss=0.02-0.2", "dncnn"),
    /** Three numbers per image: with one, few training patches hold any text and the model leaves numbers alone. */
    RESTORE("restore", "jpeg=10-70,text,text,text,gauss=0.01-0.05", "dncnn"),
    SEGMENT("segment", "", "unet"),
    TRANSLATE("translate", "", "resnet-generator"),
    STYLE("style", "", "style-net"),
    /**
     * Shrunk by the scale (filled in at {@link #defaultCrappify(int)}); real inputs are rounded to 8 bits, and a model
     * trained on unrounded ones sharpens the rounding into noise.
     */
    SUPER_RESOLUTION("super-resolution", "downscale=%d,quantize=8", "sr-resnet"),
    /** What task=colorize does to each RGB image to make its input; the only crappify= it takes. */
    COLORIZE("colorize", "grayscale", "unet"),
    INPAINT("inpaint", "holes=30-60/8-40", "unet"),
    /** Noise in, no crappify: a WGAN from the images alone. */
    GENERATE("generate", "", "dcgan");

    private final String key;
    private final String crappify;
    private final String architecture;

    TrainingTask(String key, String crappify, String architecture) {
        this.key = key;
        this.crappify = crappify;
        this.architecture = architecture;
    }

    public String key() {
        return key;
    }

    /** The kind of model this task makes (its manifest's task). */
    public ModelKind modelKind() {
        return ModelKind.parse(key);
    }

    public String defaultArchitecture() {
        return architecture;
    }

    /** The crappify spec used when none is given; for super-resolution, shrinking by {@code scale}. */
    public String defaultCrappify(int scale) {
        return this == SUPER_RESOLUTION ? String.format(Locale.ROOT, crappify, scale) : crappify;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(TrainingTask::key).toList();
    }

    public static TrainingTask parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (TrainingTask task : values()) if (task.key.equals(wanted)) return task;
        throw new IllegalArgumentException("task=" + wanted + " cannot be trained yet: use one of " + keys() + ".");
    }
}
