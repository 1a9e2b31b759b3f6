package org.neuralij.train.loop;

import org.neuralij.image.FloatImage;
import org.neuralij.nn.engine.TorchEngine;
import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import org.neuralij.nn.FeatureExtractor;
import org.neuralij.nn.FeatureNetworks;
import org.neuralij.nn.StyleTransferNet;
import org.neuralij.train.data.Augmentation;
import org.neuralij.train.data.ContentImages;
import org.neuralij.train.data.StyleImage;
import org.neuralij.train.loss.StyleTransferLoss;
import org.neuralij.train.optim.AdamOptimizer;
import org.neuralij.train.optim.Schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Fast style transfer (Johnson et al. 2016, lesson 13): trains a {@link StyleTransferNet} on
 * random patches of content images so that one forward pass restyles an image after one style
 * image, with the {@link StyleTransferLoss} of a frozen feature network, Adam at a constant
 * learning rate (β = 0.9, 0.999, as the paper). Each epoch's record holds the mean training loss
 * and, as validation loss, the loss on fixed content patches; a lower one is reported to
 * {@link TrainingListener#betterModel}, and the output on the first of them is the preview.
 * Checkpoints ({@code checkpoint.zip}), CSV, stop and exact resume as the other trainings.
 */
public final class FastStyleTrainer {

    public static final String CHECKPOINT = SupervisedTrainer.CHECKPOINT;

    private final TrainingSettings training;
    private final FastStyleSettings style;
    private final Device device;
    private volatile double unchangedContentLoss = Double.NaN;

    public FastStyleTrainer(TrainingSettings training, FastStyleSettings style, Device device) {
        this.training = training;
        this.style = style;
        this.device = device;
    }

    /**
     * The loss of the validation patches left as they are (content term 0, the whole style term): what
     * a trained network has to beat. Known once the training has started; NaN before.
     */
    public double unchangedContentLoss() {
        return unchangedContentLoss;
    }

    /** Reads the content folder and the style image file, then trains. */
    public TrainingState train(String name, Path contentFolder, int patch, Path styleFile, Path folder, TrainingListener listener) throws IOException {
        return train(name, ContentImages.read(contentFolder, patch, Augmentation.orientations()), StyleImage.read(styleFile), folder, listener);
    }

    /** @return the state at the end: finished, or where a stop left it */
    public TrainingState train(String name, ContentImages content, StyleImage styleImage, Path folder, TrainingListener listener) throws IOException {
        int patch = content.patch();
        StyleTransferNet network = style.network();
        if (patch % network.sizeMultiple() != 0) {
            throw new IllegalArgumentException("patch=" + patch + ": the style network needs patches that are a multiple of " + network.sizeMultiple() + " px, e.g. 128 or 256.");
        }
        styleImage.requireAtLeast(patch);
        content.notes().forEach(listener::notice);
        styleImage.notes().forEach(listener::notice);
        FloatImage stylePixels = styleImage.shrunkTo(style.styleSize() == 0 ? Integer.MAX_VALUE : Math.max(style.styleSize(), patch)).pixels();
        Path checkpoint = folder.resolve(CHECKPOINT);
        Schedule rate = Schedule.constant(training.learningRate());
        AdamOptimizer optimizer = new AdamOptimizer(rate, Schedule.constant(0.9f), 0.999f, CheckpointedTraining.startingState(checkpoint).globalStep());
        Shape batchShape = new Shape(training.batch(), StyleTransferNet.CHANNELS, patch, patch);
        TwoNetworkTraining.Side<AdamOptimizer> side = new TwoNetworkTraining.Side<>("style-net", network, new Shape[] {batchShape}, optimizer, checkpoint);
        try (FeatureExtractor features = FeatureNetworks.open(style.featureNetwork(), device);
             NDManager styleArrays = TorchEngine.newManager(device)) {
            style.loss().requireTaps(features.tapCount(), features.description());
            NDArray styleBatch = styleArrays.create(stylePixels.data(), new Shape(1, 3, stylePixels.height(), stylePixels.width()));
            StyleTransferLoss loss = new StyleTransferLoss(features::taps, style.loss(), styleBatch);
            return CheckpointedTraining.run(name, folder, device, training.seed(), List.of(side), (trainers, state, checkpoints) ->
                    EpochLoop.run(training, rate, state, folder, listener, new Rounds(trainers.get(0), content, loss, batchShape, rate), checkpoints));
        }
    }

    /** One Adam step per round on a random batch of content patches. */
    private final class Rounds implements EpochLoop.Rounds {
        private final Trainer trainer;
        private final ContentImages content;
        private final StyleTransferLoss loss;
        private final Shape batchShape;
        private final Schedule rate;
        private final float[] batch;
        private final float[] validation;
        private final Shape validationShape;
        private float[] preview = new float[0];

        Rounds(Trainer trainer, ContentImages content, StyleTransferLoss loss, Shape batchShape, Schedule rate) {
            this.trainer = trainer;
            this.content = content;
            this.loss = loss;
            this.batchShape = batchShape;
            this.rate = rate;
            this.batch = new float[Math.toIntExact(batchShape.size())];
            this.validation = content.fixedBatch(style.validationPatches(), training.seed());
            this.validationShape = new Shape(style.validationPatches(), batchShape.get(1), batchShape.get(2), batchShape.get(3));
            try (NDManager scope = trainer.getManager().newSubManager()) {
                NDArray images = scope.create(validation, validationShape);
                unchangedContentLoss = loss.evaluate(images, images).total().getFloat();
            }
        }

        /** Returns the total loss and the style loss of the batch. */
        @Override
        public double[] step(int globalStep, Random random) {
            content.batch(random, training.batch(), batch);
            double total;
            double styleLoss;
            try (NDManager scope = trainer.getManager().newSubManager(); GradientCollector collector = trainer.newGradientCollector()) {
                NDArray images = scope.create(batch, batchShape);
                StyleTransferLoss.Parts parts = loss.evaluate(trainer.forward(new NDList(images)).head(), images);
                total = parts.total().getFloat();
                if (!Double.isFinite(total)) throw new TrainingDivergedException(globalStep, (globalStep - 1) / training.stepsPerEpoch(), rate.at(globalStep));
                styleLoss = parts.style().getFloat();
                collector.backward(parts.total());
            }
            trainer.step();
            return new double[] {total, styleLoss};
        }

        /** The loss on the fixed validation patches; keeps the first one's output as the preview. */
        @Override
        public double validation(double watchedMean) {
            try (NDManager scope = trainer.getManager().newSubManager()) {
                NDArray images = scope.create(validation, validationShape);
                NDArray output = trainer.evaluate(new NDList(images)).head();
                preview = output.get(0).toFloatArray();
                return loss.evaluate(output, images).total().getFloat();
            }
        }

        @Override
        public float[] preview() {
            return preview;
        }

        @Override
        public Block improvable() {
            return trainer.getModel().getBlock();
        }
    }
}
