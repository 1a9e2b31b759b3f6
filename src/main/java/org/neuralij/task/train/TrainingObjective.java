package org.neuralij.task.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import org.neuralij.image.FloatImage;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.OutputKind;
import org.neuralij.nn.FeatureNetworks;
import org.neuralij.nn.engine.TorchEngine;
import org.neuralij.train.data.ImagePair;
import org.neuralij.train.data.LabelMasks;
import org.neuralij.train.data.Patch;
import org.neuralij.train.data.PatchRoles;
import org.neuralij.train.data.TrainingNormalization;
import org.neuralij.train.data.TrainingPair;
import org.neuralij.train.data.Upscale;
import org.neuralij.train.loss.HoleComposite;
import org.neuralij.train.loss.OnMasks;
import org.neuralij.train.loss.PerceptualLoss;
import org.neuralij.train.loss.PixelCrossEntropy;
import org.neuralij.train.loss.PixelLoss;
import org.neuralij.train.loss.SoftDiceLoss;
import org.neuralij.train.loss.SumOfLosses;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a training learns to produce, and everything that follows from it: images (restoration,
 * denoising: targets normalised like the inputs, pixel L1 or MSE, compared with the unchanged
 * input) or labels (segmentation: masks kept as class numbers, pixel cross-entropy and/or soft
 * Dice, compared with a uniform guess). The {@code loss=} key picks one of {@link #losses()}.
 */
enum TrainingObjective {
    IMAGE {
        @Override
        TrainingPair normalize(TrainingNormalization normalization, ImagePair pair) {
            return normalization.apply(pair);
        }

        @Override
        int outputs(ModelPackage base, List<TrainingPair> pairs, int inputChannels) {
            return inputChannels;
        }

        @Override
        TrainableNetwork network(String architecture, int channels, int outputs, int scale) {
            return scale == 1 ? TrainableNetwork.create(architecture, channels) : TrainableNetwork.superResolution(architecture, channels, scale);
        }

        @Override
        Map<String, LossFactory> losses() {
            Map<String, LossFactory> losses = pixelLosses();
            losses.put("feature", (device, features) -> new PerceptualLoss(FeatureNetworks.open(features, device)));
            return losses;
        }

        /** What a model that changes nothing predicts: its input, enlarged by bicubic interpolation when the target is larger. */
        @Override
        FloatImage unchangedPrediction(Patch patch, int outputs) {
            int scale = patch.target().width() / patch.input().width();
            return scale == 1 ? patch.input() : Upscale.bicubic(patch.input(), scale);
        }

        @Override
        String quality(String loss, double validationLoss, double baseline, int outputs) {
            return String.format(Locale.ROOT, "validation %s %.4f against %.4f for the unchanged input, bicubic-enlarged for super-resolution (normalised units)",
                    loss, validationLoss, baseline);
        }

        @Override
        OutputKind outputKind() {
            return OutputKind.IMAGE;
        }

        @Override
        PatchRoles roles() {
            return PatchRoles.images();
        }
    },
    LABELS {
        @Override
        TrainingPair normalize(TrainingNormalization normalization, ImagePair pair) {
            return normalization.applyToInput(pair);
        }

        /** The base model's classes, or as many as the masks use; every mask label must be one of them. */
        @Override
        int outputs(ModelPackage base, List<TrainingPair> pairs, int inputChannels) {
            int classes = base != null ? base.manifest().output().channels() : LabelMasks.classCount(pairs);
            LabelMasks.check(pairs, classes);
            return classes;
        }

        @Override
        TrainableNetwork network(String architecture, int channels, int outputs, int scale) {
            return TrainableNetwork.segmentation(architecture, channels, outputs);
        }

        @Override
        Map<String, LossFactory> losses() {
            Map<String, LossFactory> losses = new LinkedHashMap<>();
            losses.put("cross-entropy", (device, features) -> new OnMasks(new PixelCrossEntropy()));
            losses.put("dice", (device, features) -> new OnMasks(new SoftDiceLoss()));
            losses.put("cross-entropy+dice", (device, features) -> new SumOfLosses("cross-entropy+dice",
                    List.of(new OnMasks(new PixelCrossEntropy()), new OnMasks(new SoftDiceLoss())), new float[] {1, 1}));
            return losses;
        }

        /** A uniform guess over the classes: equal logits everywhere. */
        @Override
        FloatImage unchangedPrediction(Patch patch, int outputs) {
            return zeros(patch, outputs);
        }

        @Override
        String quality(String loss, double validationLoss, double baseline, int outputs) {
            return String.format(Locale.ROOT, "validation %s %.4f against %.4f for a uniform guess over %d classes", loss, validationLoss, baseline, outputs);
        }

        @Override
        OutputKind outputKind() {
            return OutputKind.LABELS;
        }

        @Override
        PatchRoles roles() {
            return new PatchRoles(PatchRoles.TargetValues.LABELS, 0);
        }
    },
    CHROMA {
        @Override
        TrainingPair normalize(TrainingNormalization normalization, ImagePair pair) {
            throw new IllegalArgumentException("task=colorize makes its pairs from RGB images alone: leave out targets=.");
        }

        /** The colour differences R−G and B−G; a base model must be a colorize model too. */
        @Override
        int outputs(ModelPackage base, List<TrainingPair> pairs, int inputChannels) {
            if (base != null && outputKind() != base.manifest().output().kind()) {
                throw new IllegalArgumentException("base=" + base.manifest().name() + " is not a colorize model (output " + base.manifest().output().kind()
                        + "): fine-tune a model made by task=colorize, such as colorize, or leave base= out.");
            }
            return 2;
        }

        @Override
        TrainableNetwork network(String architecture, int channels, int outputs, int scale) {
            return TrainableNetwork.unetFor("colorize", architecture, channels, outputs);
        }

        @Override
        Map<String, LossFactory> losses() {
            return pixelLosses();
        }

        /** A gray image's colour differences: none. */
        @Override
        FloatImage unchangedPrediction(Patch patch, int outputs) {
            return zeros(patch, outputs);
        }

        @Override
        String quality(String loss, double validationLoss, double baseline, int outputs) {
            return String.format(Locale.ROOT, "validation %s %.4f of the colour differences against %.4f for the gray input (no colour; units of the full range)",
                    loss, validationLoss, baseline);
        }

        @Override
        OutputKind outputKind() {
            return OutputKind.CHROMA;
        }

        @Override
        PatchRoles roles() {
            return new PatchRoles(PatchRoles.TargetValues.OWN, 0);
        }
    },

    /** Inpainting: inputs are the image with blanked holes + the hole mask, targets the clean image + the mask; the loss sees the prediction pasted into the hole. */
    INPAINT {
        @Override
        TrainingPair normalize(TrainingNormalization normalization, ImagePair pair) {
            throw new IllegalArgumentException("task=inpaint learns from clean images with holes cut by crappify=[holes=…]: leave out targets=.");
        }

        @Override
        int outputs(ModelPackage base, List<TrainingPair> pairs, int inputChannels) {
            return inputChannels - 1;
        }

        @Override
        TrainableNetwork network(String architecture, int channels, int outputs, int scale) {
            return TrainableNetwork.inpainting(architecture, channels, outputs);
        }

        @Override
        Map<String, LossFactory> losses() {
            Map<String, LossFactory> losses = new LinkedHashMap<>();
            IMAGE.losses().forEach((name, factory) -> losses.put(name, (device, features) -> new HoleComposite(factory.create(device, features))));
            return losses;
        }

        /** The input's image channels: the holes blanked by the diffusion fill, the classical inpainting. */
        @Override
        FloatImage unchangedPrediction(Patch patch, int outputs) {
            FloatImage input = patch.input();
            return new FloatImage(outputs, input.width(), input.height(), java.util.Arrays.copyOf(input.data(), outputs * input.planeSize()));
        }

        @Override
        String quality(String loss, double validationLoss, double baseline, int outputs) {
            return String.format(Locale.ROOT, "validation %s %.4f against %.4f for the diffusion (harmonic) fill (normalised units, errors inside the holes only)",
                    loss, validationLoss, baseline);
        }

        @Override
        OutputKind outputKind() {
            return OutputKind.IMAGE;
        }

        /** The hole mask, last in input and target, stays a mask. */
        @Override
        PatchRoles roles() {
            return new PatchRoles(PatchRoles.TargetValues.LIKE_INPUT, 1);
        }
    };

    static TrainingObjective of(TrainRequest request) {
        if (request.inpainting()) return INPAINT;
        return request.segmentation() ? LABELS : request.colorization() ? CHROMA : IMAGE;
    }

    abstract TrainingPair normalize(TrainingNormalization normalization, ImagePair pair);

    /** What the channels of its pairs hold, for augmentation. */
    abstract PatchRoles roles();

    abstract int outputs(ModelPackage base, List<TrainingPair> pairs, int inputChannels);

    /** {@code scale}: output size / input size (super-resolution), 1 otherwise. */
    abstract TrainableNetwork network(String architecture, int channels, int outputs, int scale);

    /** Makes a loss on the training's device; a perceptual loss with the given feature network (null = the built-in one). */
    @FunctionalInterface
    interface LossFactory {
        Loss create(Device device, Path featureNetwork) throws IOException;
    }

    /** The losses {@code loss=} can name, the default first. */
    abstract Map<String, LossFactory> losses();

    abstract FloatImage unchangedPrediction(Patch patch, int outputs);

    abstract String quality(String loss, double validationLoss, double baseline, int outputs);

    /** The name {@code loss=} gives, or the default. */
    String lossName(String requested) {
        Map<String, LossFactory> losses = losses();
        if (requested == null || requested.isBlank()) return losses.keySet().iterator().next();
        if (!losses.containsKey(requested)) {
            throw new IllegalArgumentException("loss=" + requested + " is not available for this task: use one of " + losses.keySet() + ".");
        }
        return requested;
    }

    Loss loss(String requested, Device device, Path featureNetwork) throws IOException {
        return losses().get(lossName(requested)).create(device, featureNetwork);
    }

    /** The loss of a model that does nothing useful, over the validation patches: what the trained model has to beat. */
    double baseline(Loss loss, List<Patch> validation, int outputs, Device device) {
        double sum = 0;
        try (NDManager manager = TorchEngine.newManager(device)) {
            for (Patch patch : validation) {
                NDArray target = batchOfOne(manager, patch.target());
                NDArray prediction = batchOfOne(manager, unchangedPrediction(patch, outputs));
                sum += loss.evaluate(new NDList(target), new NDList(prediction)).getFloat();
            }
        }
        return sum / Math.max(1, validation.size());
    }

    private static NDArray batchOfOne(NDManager manager, FloatImage image) {
        return manager.create(image.data(), new Shape(1, image.channels(), image.height(), image.width()));
    }

    abstract OutputKind outputKind();

    /** l1 (the default) and mse. */
    private static Map<String, LossFactory> pixelLosses() {
        Map<String, LossFactory> losses = new LinkedHashMap<>();
        losses.put("l1", (device, features) -> PixelLoss.l1());
        losses.put("mse", (device, features) -> PixelLoss.mse());
        return losses;
    }

    private static FloatImage zeros(Patch patch, int outputs) {
        return FloatImage.zeros(outputs, patch.target().width(), patch.target().height());
    }
}
