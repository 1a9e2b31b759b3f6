package org.neuralij.task.train;

import org.neuralij.task.CommonKeys;
import org.neuralij.task.keys.Key;
import org.neuralij.task.keys.KeyValues;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The keys of Train Model..., declared once: the macro reader, the dialog (whose labels record these keys), the SciJava
 * command's fields and {@link TrainRequest}'s defaults follow from them. A value of 0 for lr= and scale=, and an empty
 * crappify=, augment=, architecture= or loss=, stand for the task's own.
 */
public final class TrainKeys {

    static final String TASK_DEFAULT = "default";

    public static final Key<TrainingTask> TASK = Key.choice("task", "Task", TrainingTask.class, TrainingTask::key, TrainingTask.DENOISE, TrainingTask::parse);
    public static final Key<Path> IMAGES = Key.folder("images", "Images (folder)");
    public static final Key<Path> TARGETS = Key.folder("targets", "Targets or masks (folder; empty = made from the images by crappify)")
            .alsoWrittenAs("masks");
    public static final Key<Path> DOMAIN_B = Key.folder("domain_b", "Domain_B (folder of domain B's images, task=translate only)");
    public static final Key<Path> STYLE = Key.file("style", "Style (image file, task=style only)");
    public static final Key<String> FEATURES = Key.text("features", "Features (feature network of task=style and loss=feature; empty = built-in)", "");
    public static final Key<String> CRAPPIFY = Key.text("crappify", "Crappify (empty = the task's default)", "");
    public static final Key<String> AUGMENT = Key.text("augment", "Augment (empty = the task's default, none = off)", "");
    public static final Key<String> ARCHITECTURE = Key.openChoice("architecture", "Architecture",
            choicesWithDefault(), "", TrainKeys::architecture, name -> name.isEmpty() ? TASK_DEFAULT : name);
    public static final Key<String> LOSS = Key.text("loss", "Loss (empty = the task's default)", "");
    public static final Key<Integer> EPOCHS = Key.wholeNumber("epochs", "Epochs", 10, 1);
    public static final Key<Integer> STEPS = Key.wholeNumber("steps", "Steps per epoch (0 = about one pass over the images)", 0, 0);
    public static final Key<Integer> BATCH = Key.wholeNumber("batch", "Batch", 8, 1);
    public static final Key<Integer> PATCH = Key.wholeNumber("patch", "Patch (pixels)", 64, 8);
    public static final Key<Double> LR = Key.number("lr", "Lr (maximum learning rate, 0 = the task's default)", 0);
    public static final Key<String> BASE = Key.text("base", "Base model to fine-tune (empty = none)", "");
    public static final Key<String> NAME = Key.text("name", "Name of the new model", "my-model");
    public static final Key<Double> VALIDATION = Key.number("validation", "Validation (fraction of images)", 0.1);
    public static final Key<Integer> SEED = Key.wholeNumber("seed", "Seed", 42, 0);
    public static final Key<Integer> GAN = Key.wholeNumber("gan", "Gan (NoGAN adversarial steps after the training, 0 = none)", 0, 0);
    public static final Key<Integer> SWA = Key.wholeNumber("swa", "Swa (last epochs whose weights are averaged, 0 = off)", 0, 0);
    public static final Key<Integer> SCALE = Key.wholeNumber("scale", "Scale (task=super-resolution: 2, 4 or 8; 0 = 2)", 0, 0);
    public static final Key<Double> IDENTITY = Key.number("identity",
            "Identity (task=translate: identity loss x cycle weight; 0 for domains of other brightness)", TrainRequest.DEFAULT_IDENTITY);

    /** In dialog order. */
    public static final List<Key<?>> ALL = List.of(TASK, IMAGES, TARGETS, DOMAIN_B, STYLE, FEATURES, CRAPPIFY, AUGMENT, ARCHITECTURE, LOSS, EPOCHS, STEPS, BATCH,
            PATCH, LR, BASE, NAME, VALIDATION, SEED, GAN, SWA, SCALE, IDENTITY, CommonKeys.DEVICE);

    private TrainKeys() {
    }

    /** The request these values make; every value is checked there. */
    public static TrainRequest request(KeyValues values) {
        Path images = values.get(IMAGES);
        return TrainRequest.builder(values.get(TASK).key(), images == null ? Path.of("") : images, values.get(NAME))
                .targets(values.get(TARGETS)).domainB(values.get(DOMAIN_B)).style(values.get(STYLE)).features(values.get(FEATURES))
                .crappify(values.get(CRAPPIFY)).augment(values.get(AUGMENT)).architecture(values.get(ARCHITECTURE)).loss(values.get(LOSS)).epochs(values.get(EPOCHS))
                .steps(values.get(STEPS)).batch(values.get(BATCH)).patch(values.get(PATCH))
                .learningRate(values.get(LR) == 0 ? Float.NaN : values.get(LR).floatValue()).base(values.get(BASE)).validation(values.get(VALIDATION))
                .seed(values.get(SEED)).gan(values.get(GAN)).swa(values.get(SWA)).scale(values.get(SCALE)).identity(values.get(IDENTITY)).build();
    }

    private static List<String> choicesWithDefault() {
        List<String> choices = new java.util.ArrayList<>(List.of(TASK_DEFAULT));
        choices.addAll(TrainableArchitecture.keys());
        return choices;
    }

    /** {@code default} (or nothing) leaves the choice to the task. */
    private static String architecture(String text) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        return name.equals(TASK_DEFAULT) ? "" : name;
    }
}
