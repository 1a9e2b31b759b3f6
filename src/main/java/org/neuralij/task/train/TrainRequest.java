package org.neuralij.task.train;

import org.neuralij.train.data.Augmentation;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The keys of Train Model... ({@code task=}, {@code images=}, {@code targets=}, …) checked
 * for sense before anything is read; made with {@link #builder}. {@code targets} null means
 * self-supervised: the inputs are made from the clean images by the {@code degradation}
 * (crappify) spec. For {@code task=segment}, {@code targets} is the folder of label masks
 * ({@code masks=}). {@code loss} is empty for the task's default ({@link TrainingLoss}).
 * {@code ganSteps} > 0 adds a NoGAN adversarial phase of that many steps after the pixel-loss
 * training ({@code gan=}); {@code averagedEpochs} > 0 averages the weights of that many last
 * epochs (stochastic weight averaging, {@code swa=}). {@code task=translate} trains a CycleGAN from
 * {@code images} (domain A) to {@code domainB} ({@code domain_b=}), two unpaired folders; a
 * learning rate of NaN means the task's default (1e-3, or CycleGAN's 2e-4 for translate). {@code task=super-resolution}
 * learns to enlarge by {@code scale} ({@code scale=}, 2 by default): from paired folders whose targets are that many
 * times larger, or from clean images shrunk by crappify {@code downscale=scale} (the default spec).
 * {@code identity} is CycleGAN's identity-loss weight as a fraction of the cycle weight λ ({@code identity=}; NaN = the
 * course's 0.5; 0 for domains that differ in brightness or contrast, where an identity mapping fights the translation).
 * {@code augmentation} is what is done to the training patches ({@code augment=}): the task's default when null.
 */
public record TrainRequest(String task, Path images, Path targets, String degradation, Augmentation augmentation, String architecture, String loss,
                           int epochs, int stepsPerEpoch, int batch, int patch, float learningRate,
                           String base, String name, double validation, long seed, int ganSteps, int averagedEpochs, Path domainB,
                           Path style, String features, int scale, double identity) {

    static final String SUPER_RESOLUTION = "super-resolution";
    static final String TRANSLATE = "translate";
    static final String STYLE = "style";
    static final String COLORIZE = TrainingTask.COLORIZE.key();
    static final String SEGMENT = TrainingTask.SEGMENT.key();
    static final String COLORIZE_DEGRADATION = TrainingTask.COLORIZE.defaultCrappify(1);
    static final String STYLE_ARCHITECTURE = TrainingTask.STYLE.defaultArchitecture();
    static final String TRANSLATION_ARCHITECTURE = TrainingTask.TRANSLATE.defaultArchitecture();
    static final float DEFAULT_LEARNING_RATE = 1e-3f;
    /** CycleGAN's Adam learning rate. */
    static final float DEFAULT_TRANSLATION_LEARNING_RATE = 2e-4f;
    /** CycleGAN's identity loss: 0.5 λ·L1(G_AB(b), b). */
    public static final double DEFAULT_IDENTITY = 0.5;
    static final String INPAINT = TrainingTask.INPAINT.key();
    static final String GENERATE = TrainingTask.GENERATE.key();
    static final String GENERATOR_ARCHITECTURE = TrainingTask.GENERATE.defaultArchitecture();
    /** Lesson 12's WGAN learning rate (RMSprop; also WGAN-GP's, with Adam). */
    static final float DEFAULT_GENERATOR_LEARNING_RATE = 1e-4f;

    public TrainRequest {
        task = TrainingTask.parse(task).key();
        if (images == null || images.toString().isBlank()) throw new IllegalArgumentException("images= is missing: give the folder of training images.");
        if (SEGMENT.equals(task) && targets == null) {
            throw new IllegalArgumentException("task=segment needs masks=: the folder of label masks (0 = background, 1, 2, … per class), one per image, with the same file names.");
        }
        if (TRANSLATE.equals(task)) checkTranslation(targets, domainB, architecture, loss, base, ganSteps, averagedEpochs);
        else if (domainB != null) {
            throw new IllegalArgumentException("domain_b= is for task=translate (CycleGAN between two unpaired folders): leave it out for task=" + task
                    + ", or use task=translate images=[folder A] domain_b=[folder B].");
        }
        identity = checkIdentity(task, identity);
        if (STYLE.equals(task)) checkStyle(targets, domainB, style, architecture, loss, base, ganSteps, averagedEpochs);
        else if (style != null) {
            throw new IllegalArgumentException("style= is for task=style (fast style transfer): leave it out for task=" + task + ".");
        }
        if (features != null && !features.isBlank() && !STYLE.equals(task) && !"feature".equalsIgnoreCase(loss == null ? "" : loss.trim())) {
            throw new IllegalArgumentException("features= names the feature network of task=style and of loss=feature: leave it out, or add loss=feature.");
        }
        features = features == null ? "" : features.trim();
        if (GENERATE.equals(task)) loss = checkGeneration(targets, degradation, architecture, loss, base, ganSteps, averagedEpochs, patch);
        if (Float.isNaN(learningRate)) {
            learningRate = TRANSLATE.equals(task) ? DEFAULT_TRANSLATION_LEARNING_RATE : GENERATE.equals(task) ? DEFAULT_GENERATOR_LEARNING_RATE : DEFAULT_LEARNING_RATE;
        }
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("name=" + name + " is not a usable model name: use letters, digits, '-', '_' or '.', e.g. name=my-denoiser.");
        }
        if (epochs < 1) throw new IllegalArgumentException("epochs=" + epochs + ": give at least 1.");
        if (batch < 1) throw new IllegalArgumentException("batch=" + batch + ": give at least 1.");
        if (stepsPerEpoch < 0) throw new IllegalArgumentException("steps=" + stepsPerEpoch + ": give the steps per epoch, or 0 for about one pass over the images.");
        if (patch < 8) throw new IllegalArgumentException("patch=" + patch + " is too small: use at least 8 (e.g. 64).");
        if (!(learningRate > 0) || !Float.isFinite(learningRate)) throw new IllegalArgumentException("lr=" + learningRate + ": give a positive learning rate such as 1e-3.");
        if (validation < 0 || validation >= 1) {
            throw new IllegalArgumentException("validation=" + validation + ": give the fraction of images kept for validation, from 0 to below 1 (e.g. 0.1).");
        }
        if (ganSteps < 0) throw new IllegalArgumentException("gan=" + ganSteps + ": give the number of adversarial steps after the pixel-loss training, or 0 for none.");
        if (ganSteps > 0 && SEGMENT.equals(task)) throw new IllegalArgumentException("gan= applies to image outputs: leave it out for task=segment.");
        if (averagedEpochs < 0 || averagedEpochs > epochs) {
            throw new IllegalArgumentException("swa=" + averagedEpochs + ": give how many of the last epochs to average the weights over, from 0 (off) to epochs=" + epochs + ".");
        }
        scale = checkScale(task, scale);
        if (COLORIZE.equals(task)) checkColorize(targets, degradation);
        if (degradation == null || degradation.isBlank()) degradation = TrainingTask.parse(task).defaultCrappify(scale);
        if (architecture == null || architecture.isBlank()) architecture = TrainingTask.parse(task).defaultArchitecture();
        if (INPAINT.equals(task)) checkInpainting(targets, degradation, ganSteps);
        if (augmentation == null) augmentation = Augmentation.parse(TrainingTask.parse(task).defaultAugmentation());
        checkAugmentation(task, augmentation);
        loss = loss == null ? "" : loss.trim().toLowerCase(Locale.ROOT);
        base = base == null ? "" : base.trim();
    }

    /** A generator would learn to make changed values, so it takes geometric steps only. */
    private static void checkAugmentation(String task, Augmentation augmentation) {
        if (GENERATE.equals(task) && augmentation.changesValues()) {
            throw new IllegalArgumentException("augment=[" + augmentation.spec() + "] changes values, and task=generate would learn to make the changed images: "
                    + "give it flip, rot90 and zoom= only, or none.");
        }
    }

    /** NaN = the default; any other value only for task=translate, and not negative. */
    private static double checkIdentity(String task, double identity) {
        if (Double.isNaN(identity)) return DEFAULT_IDENTITY;
        if (!TRANSLATE.equals(task) && identity != DEFAULT_IDENTITY) {
            throw new IllegalArgumentException("identity=" + identity + " weighs CycleGAN's identity loss: leave it out for task=" + task + ".");
        }
        if (!(identity >= 0) || Double.isInfinite(identity)) {
            throw new IllegalArgumentException("identity=" + identity + ": give the identity loss weight as a fraction of the cycle weight, 0 or more "
                    + "(0.5 as the course; 0 when the domains differ in brightness or contrast).");
        }
        return identity;
    }

    /** The output's size / the input's: 2, 4 or 8 for super-resolution (0 = 2), 1 for every other task (0 = 1). */
    private static int checkScale(String task, int scale) {
        if (!SUPER_RESOLUTION.equals(task)) {
            if (scale > 1) throw new IllegalArgumentException("scale=" + scale + " is for task=super-resolution: leave it out for task=" + task + ".");
            return 1;
        }
        if (scale == 0) return 2;
        if (scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale=" + scale + ": task=super-resolution enlarges by 2, 4 or 8.");
        }
        return scale;
    }

    private static void checkTranslation(Path targets, Path domainB, String architecture, String loss, String base, int ganSteps, int averagedEpochs) {
        if (domainB == null || domainB.toString().isBlank()) {
            throw new IllegalArgumentException("task=translate needs domain_b=: the folder of domain B's images (images= holds domain A's); "
                    + "the two folders need not match image by image.");
        }
        if (targets != null) {
            throw new IllegalArgumentException("task=translate learns from two unpaired folders, images= (domain A) and domain_b= (domain B): "
                    + "leave out targets= and masks=.");
        }
        if (architecture != null && !architecture.isBlank() && !TRANSLATION_ARCHITECTURE.equals(architecture.trim())) {
            throw new IllegalArgumentException("architecture=" + architecture + " cannot translate: task=translate trains CycleGAN's "
                    + TRANSLATION_ARCHITECTURE + "; leave architecture= out.");
        }
        String other = supervisedOnlyKey(loss, base, ganSteps, averagedEpochs);
        if (other != null) {
            throw new IllegalArgumentException(other + " does not apply to task=translate (CycleGAN has its own losses and trains from scratch): leave it out.");
        }
    }

    private static void checkStyle(Path targets, Path domainB, Path style, String architecture, String loss, String base, int ganSteps, int averagedEpochs) {
        if (style == null || style.toString().isBlank()) {
            throw new IllegalArgumentException("task=style needs style=: the image file whose style the network learns (images= holds the content images).");
        }
        if (targets != null || domainB != null) {
            throw new IllegalArgumentException("task=style learns from content images (images=) and one style image (style=): leave out targets=, masks= and domain_b=.");
        }
        if (architecture != null && !architecture.isBlank() && !STYLE_ARCHITECTURE.equals(architecture.trim())) {
            throw new IllegalArgumentException("architecture=" + architecture + " cannot be trained for style: task=style trains the " + STYLE_ARCHITECTURE + "; leave architecture= out.");
        }
        String other = supervisedOnlyKey(loss, base, ganSteps, averagedEpochs);
        if (other != null) {
            throw new IllegalArgumentException(other + " does not apply to task=style (its loss is the perceptual content + style loss, trained from scratch): leave it out.");
        }
    }

    /** Returns the loss= key of the critic's training (wgan when left out). */
    private static String checkGeneration(Path targets, String degradation, String architecture, String loss, String base, int ganSteps, int averagedEpochs, int patch) {
        if (targets != null) {
            throw new IllegalArgumentException("task=generate learns from one folder of images (images=) with no targets: leave out targets= and masks=.");
        }
        if (degradation != null && !degradation.isBlank()) {
            throw new IllegalArgumentException("crappify= does not apply to task=generate: its input is noise, not a degraded image; leave crappify= out.");
        }
        if (architecture != null && !architecture.isBlank() && !GENERATOR_ARCHITECTURE.equals(architecture.trim())) {
            throw new IllegalArgumentException("architecture=" + architecture + " cannot generate images from noise: task=generate trains the "
                    + GENERATOR_ARCHITECTURE + " generator; leave architecture= out.");
        }
        String other = supervisedOnlyKey(null, base, ganSteps, averagedEpochs);
        if (other != null) throw new IllegalArgumentException(other + " does not apply to task=generate (a WGAN trains from scratch): leave it out.");
        if (patch < 8 || Integer.bitCount(patch) != 1) {
            throw new IllegalArgumentException("patch=" + patch + ": task=generate makes square images whose side is a power of 2 from 8 (8, 16, 32, 64, 128, ...); "
                    + "give one, and the training images are cut into patches of that size.");
        }
        return GeneratorLoss.parse(loss).key();
    }

    public boolean generation() {
        return GENERATE.equals(task);
    }

    private static void checkColorize(Path targets, String degradation) {
        if (targets != null) {
            throw new IllegalArgumentException("task=colorize learns from RGB images alone (images=): each one's gray levels are the input and its colours the target; leave out targets= and masks=.");
        }
        if (degradation != null && !degradation.isBlank() && !COLORIZE_DEGRADATION.equals(degradation.trim())) {
            throw new IllegalArgumentException("crappify=[" + degradation + "] does not apply to task=colorize: its input is always the gray version of each RGB image; leave crappify= out.");
        }
    }

    public boolean colorization() {
        return COLORIZE.equals(task);
    }

    private static void checkInpainting(Path targets, String degradation, int ganSteps) {
        if (targets != null) {
            throw new IllegalArgumentException("task=inpaint learns from clean images (images=) with holes cut by crappify=[holes=N1-N2/S1-S2]: leave out targets= and masks=.");
        }
        if (!degradation.contains("holes=")) {
            throw new IllegalArgumentException("crappify=[" + degradation + "] cuts no holes: task=inpaint needs a holes= step, e.g. crappify=[" + TrainingTask.INPAINT.defaultCrappify(1) + "] (count/size in pixels).");
        }
        if (ganSteps > 0) throw new IllegalArgumentException("gan= is not available for task=inpaint: leave it out.");
    }

    /** The first of loss=, base=, gan=, swa= that is given: keys of the supervised trainings only; null if none. */
    private static String supervisedOnlyKey(String loss, String base, int ganSteps, int averagedEpochs) {
        if (loss != null && !loss.isBlank()) return "loss=";
        if (base != null && !base.isBlank()) return "base=";
        if (ganSteps > 0) return "gan=";
        return averagedEpochs > 0 ? "swa=" : null;
    }

    public boolean styleTransfer() {
        return STYLE.equals(task);
    }

    public boolean inpainting() {
        return INPAINT.equals(task);
    }

    public boolean translation() {
        return TRANSLATE.equals(task);
    }

    public static Builder builder(String task, Path images, String name) {
        return new Builder(task, images, name);
    }

    public boolean superResolution() {
        return SUPER_RESOLUTION.equals(task);
    }

    public boolean selfSupervised() {
        return targets == null;
    }

    public boolean segmentation() {
        return segmentation(task);
    }

    public TrainingTask trainingTask() {
        return TrainingTask.parse(task);
    }

    public boolean fineTuning() {
        return !base.isEmpty();
    }

    private static boolean segmentation(String task) {
        return SEGMENT.equals(task);
    }

    /** The macro line that repeats this training: the recipe recorded in the model's manifest. */
    public String macroLine() {
        StringBuilder options = new StringBuilder("task=" + task + " images=[" + images + "]");
        if (translation()) options.append(" domain_b=[").append(domainB).append("] identity=").append(identity);
        else if (styleTransfer()) {
            options.append(" style=[").append(style).append(']');
            if (!features.isEmpty()) options.append(" features=[").append(features).append(']');
        }
        else if (targets != null) options.append(segmentation() ? " masks=[" : " targets=[").append(targets).append(']');
        else if (generation()) options.append(" loss=").append(loss);
        else options.append(" crappify=[").append(degradation).append(']');
        options.append(" augment=[").append(augmentation.spec()).append(']');
        if (superResolution()) options.append(" scale=").append(scale);
        options.append(" architecture=").append(architecture);
        if (!loss.isEmpty() && !generation()) options.append(" loss=").append(loss);
        if (!styleTransfer() && !features.isEmpty()) options.append(" features=[").append(features).append(']');
        options.append(" epochs=").append(epochs).append(" steps=").append(stepsPerEpoch)
                .append(" batch=").append(batch).append(" patch=").append(patch).append(" lr=").append(learningRate);
        if (fineTuning()) options.append(" base=").append(base);
        options.append(" name=").append(name).append(" validation=").append(validation).append(" seed=").append(seed);
        if (ganSteps > 0) options.append(" gan=").append(ganSteps);
        if (averagedEpochs > 0) options.append(" swa=").append(averagedEpochs);
        return "run(\"Train Model...\", \"" + options + "\");";
    }

    /** The optional keys, with the defaults of {@link TrainKeys}. */
    public static final class Builder {
        private final String task;
        private final Path images;
        private final String name;
        private Path targets;
        private String degradation = "";
        private String augmentation = "";
        private String architecture = "";
        private String loss = "";
        private int epochs = TrainKeys.EPOCHS.defaultValue();
        private int stepsPerEpoch = TrainKeys.STEPS.defaultValue();
        private int batch = TrainKeys.BATCH.defaultValue();
        private int patch = TrainKeys.PATCH.defaultValue();
        private float learningRate = Float.NaN;
        private Path domainB;
        private Path style;
        private String features = "";
        private String base = "";
        private double validation = TrainKeys.VALIDATION.defaultValue();
        private long seed = TrainKeys.SEED.defaultValue();
        private int ganSteps;
        private int averagedEpochs;
        private int scale;
        private double identity = Double.NaN;

        private Builder(String task, Path images, String name) {
            this.task = task;
            this.images = images;
            this.name = name;
        }

        /** Paired targets, or label masks for {@code task=segment}; null = made from the images by crappify. */
        public Builder targets(Path folder) {
            targets = folder;
            return this;
        }

        /** Domain B's folder for {@code task=translate} (images= is domain A). */
        /** The style image of {@code task=style}. */
        public Builder style(Path image) {
            style = image;
            return this;
        }

        /** The feature network of {@code task=style}: a TorchScript file of VGG activations ({@code docs/feature-networks.md}); empty = the built-in random-filter network. */
        public Builder features(String file) {
            features = file;
            return this;
        }

        public Builder domainB(Path folder) {
            domainB = folder;
            return this;
        }

        public Builder crappify(String spec) {
            degradation = spec;
            return this;
        }

        /** The augment= spec; empty (the default) = the task's own, "none" = no augmentation. */
        public Builder augment(String spec) {
            augmentation = spec;
            return this;
        }

        public Builder architecture(String value) {
            architecture = value;
            return this;
        }

        public Builder loss(String value) {
            loss = value;
            return this;
        }

        public Builder epochs(int value) {
            epochs = value;
            return this;
        }

        /** 0 = about one pass over the training pixels per epoch. */
        public Builder steps(int value) {
            stepsPerEpoch = value;
            return this;
        }

        public Builder batch(int value) {
            batch = value;
            return this;
        }

        public Builder patch(int value) {
            patch = value;
            return this;
        }

        /** NaN (the default) = the task's learning rate. */
        public Builder learningRate(float value) {
            learningRate = value;
            return this;
        }

        public Builder base(String model) {
            base = model;
            return this;
        }

        public Builder validation(double fraction) {
            validation = fraction;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder gan(int steps) {
            ganSteps = steps;
            return this;
        }

        public Builder swa(int lastEpochs) {
            averagedEpochs = lastEpochs;
            return this;
        }

        /** How many times larger the model's output is, for {@code task=super-resolution} (2, 4 or 8; 0 = 2). */
        public Builder scale(int factor) {
            scale = factor;
            return this;
        }

        /** CycleGAN's identity-loss weight as a fraction of λ ({@code task=translate}); NaN = 0.5. */
        public Builder identity(double fraction) {
            identity = fraction;
            return this;
        }

        public TrainRequest build() {
            return new TrainRequest(task, images, targets, degradation, augmentation == null || augmentation.isBlank() ? null : Augmentation.parse(augmentation), architecture, loss, epochs, stepsPerEpoch, batch, patch,
                    learningRate, base, name, validation, seed, ganSteps, averagedEpochs, domainB, style, features, scale, identity);
        }
    }
}
