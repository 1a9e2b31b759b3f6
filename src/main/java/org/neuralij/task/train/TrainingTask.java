package org.neuralij.task.train;

import org.neuralij.model.ModelKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What Train Model can train, listed once: each task's {@code task=} spelling, the crappify spec that makes its inputs
 * from clean images when {@code crappify=} is left out, the architecture it trains when {@code architecture=} is, and
 * the augmentation of its training patches when {@code augment=} is.
 */
public enum TrainingTask {
    DENOISE("denoise", "gauss=0.02-0.2", "dncnn", TrainingTask.ORIENTATIONS),
    /** Three numbers per image: with one, few training patches hold any text and the model leaves numbers alone. */
    RESTORE("restore", "jpeg=10-70,text,text,text,gauss=0.01-0.05", "dncnn", TrainingTask.ORIENTATIONS),
    /**
     * Nuclei of half to twice the size, under dimmer or brighter light, uneven backgrounds up to the nuclei's own
     * contrast, blur and noise: what widefield images vary in that the training images may not.
     */
    SEGMENT("segment", "", "unet", "flip,rot90,zoom=0.5-2,scale=0.4-1.5,gamma=0.7-1.4,field=0-1,offset=-0.1-0.6,blur=0-3,noise=0-0.1"),
    TRANSLATE("translate", "", "resnet-generator", TrainingTask.ORIENTATIONS),
    STYLE("style", "", "style-net", TrainingTask.ORIENTATIONS),
    /**
     * Shrunk by the scale (filled in at {@link #defaultCrappify(int)}); real inputs are rounded to 8 bits, and a model
     * trained on unrounded ones sharpens the rounding into noise.
     */
    SUPER_RESOLUTION("super-resolution", "downscale=%d,quantize=8", "sr-resnet", TrainingTask.ORIENTATIONS),
    /** What task=colorize does to each RGB image to make its input; the only crappify= it takes. */
    COLORIZE("colorize", "grayscale", "unet", TrainingTask.ORIENTATIONS),
    INPAINT("inpaint", "holes=30-60/8-40", "unet", TrainingTask.ORIENTATIONS),
    /** Noise in, no crappify: a WGAN from the images alone, which learns the augmented images, so only their orientation changes. */
    GENERATE("generate", "", "dcgan", TrainingTask.ORIENTATIONS);

    /** All 8 orientations of a square: what every task did before augment= existed. */
    private static final String ORIENTATIONS = "flip,rot90";

    private final String key;
    private final String crappify;
    private final String architecture;
    private final String augmentation;

    TrainingTask(String key, String crappify, String architecture, String augmentation) {
        this.key = key;
        this.crappify = crappify;
        this.architecture = architecture;
        this.augmentation = augmentation;
    }

    /** The augment= spec used when none is given. */
    public String defaultAugmentation() {
        return augmentation;
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
