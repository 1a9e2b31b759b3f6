package org.neuralij.task.train;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The keys of Train Model... ({@code task=}, {@code images=}, {@code targets=}, …) checked
 * for sense before anything is read. {@code targets} null means self-supervised: the inputs
 * are made from the clean images by the {@code degradation} (crappify) spec. For
 * {@code task=segment}, {@code targets} is the folder of label masks ({@code masks=}).
 * {@code ganSteps} > 0 adds a NoGAN adversarial phase of that many steps after the pixel-loss
 * training ({@code gan=}).
 */
public record TrainRequest(String task, Path images, Path targets, String degradation, String architecture,
                           int epochs, int stepsPerEpoch, int batch, int patch, float learningRate,
                           String base, String name, double validation, long seed, int ganSteps) {

    public static final Set<String> TASKS = Set.of("denoise", "restore", "segment");
    static final String DEFAULT_DENOISE = "gauss=0.02-0.2";
    static final String DEFAULT_RESTORE = "jpeg=10-70,text,gauss=0.01-0.05";

    /** Without an adversarial phase. */
    public TrainRequest(String task, Path images, Path targets, String degradation, String architecture, int epochs, int stepsPerEpoch,
                        int batch, int patch, float learningRate, String base, String name, double validation, long seed) {
        this(task, images, targets, degradation, architecture, epochs, stepsPerEpoch, batch, patch, learningRate, base, name, validation, seed, 0);
    }

    public TrainRequest {
        task = task == null ? "" : task.trim().toLowerCase(Locale.ROOT);
        if (ganSteps < 0) throw new IllegalArgumentException("gan=" + ganSteps + ": give the number of adversarial steps after the pixel-loss training, or 0 for none.");
        if (ganSteps > 0 && "segment".equals(task)) throw new IllegalArgumentException("gan= applies to image outputs: leave it out for task=segment.");
        if (!TASKS.contains(task)) {
            throw new IllegalArgumentException("task=" + task + " cannot be trained yet: use one of " + TASKS + ".");
        }
        if (images == null) throw new IllegalArgumentException("images= is missing: give the folder of training images.");
        if ("segment".equals(task) && targets == null) {
            throw new IllegalArgumentException("task=segment needs masks=: the folder of label masks (0 = background, 1, 2, … per class), one per image, with the same file names.");
        }
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("name=" + name + " is not a usable model name: use letters, digits, '-', '_' or '.', e.g. name=my-denoiser.");
        }
        if (patch < 8) throw new IllegalArgumentException("patch=" + patch + " is too small: use at least 8 (e.g. 64).");
        if (validation < 0 || validation >= 1) {
            throw new IllegalArgumentException("validation=" + validation + ": give the fraction of images kept for validation, from 0 to below 1 (e.g. 0.1).");
        }
        if (degradation == null || degradation.isBlank()) degradation = "denoise".equals(task) ? DEFAULT_DENOISE : DEFAULT_RESTORE;
        if (architecture == null || architecture.isBlank()) architecture = segmentation(task) ? "unet" : "dncnn";
    }

    public boolean selfSupervised() {
        return targets == null;
    }

    public boolean segmentation() {
        return segmentation(task);
    }

    private static boolean segmentation(String task) {
        return "segment".equals(task);
    }

    /** The macro line that repeats this training: the recipe recorded in the model's manifest. */
    public String macroLine() {
        StringBuilder options = new StringBuilder("task=" + task + " images=[" + images + "]");
        if (targets != null) options.append(segmentation() ? " masks=[" : " targets=[").append(targets).append(']');
        else options.append(" crappify=[").append(degradation).append(']');
        options.append(" architecture=").append(architecture).append(" epochs=").append(epochs).append(" steps=").append(stepsPerEpoch)
                .append(" batch=").append(batch).append(" patch=").append(patch).append(" lr=").append(learningRate);
        if (base != null && !base.isBlank()) options.append(" base=").append(base);
        options.append(" name=").append(name).append(" validation=").append(validation).append(" seed=").append(seed);
        if (ganSteps > 0) options.append(" gan=").append(ganSteps);
        return "run(\"Train Model...\", \"" + options + "\");";
    }
}
