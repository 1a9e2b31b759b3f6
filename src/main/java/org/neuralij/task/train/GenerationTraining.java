package org.neuralij.task.train;

import ai.djl.Device;
import ai.djl.nn.Block;
import org.neuralij.model.DeviceChoice;
import org.neuralij.model.DeviceSelector;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.OutputKind;
import org.neuralij.nn.DcganSpec;
import org.neuralij.nn.engine.TorchEngine;
import org.neuralij.train.data.GeneratorImages;
import org.neuralij.train.loop.TrainingSettings;
import org.neuralij.train.loop.TrainingState;
import org.neuralij.train.loop.WganTrainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Train Model task=generate: a DCGAN generator learns to turn noise into images like those of images= against a critic, as
 * lesson 12 trains it: a WGAN (loss=wgan, the default) or a WGAN-GP (loss=wgan-gp). A GAN's losses say little of its images,
 * so the generator is saved as the model after every epoch, with its samples measured against the training images
 * ({@link GeneratorQuality}); Generate Images... samples it.
 */
final class GenerationTraining {

    /** Noise channels of the generator's input. */
    static final int LATENT = 64;
    /** Filters of the generator's last stage and the critic's first; doubled at each stage towards 4 × 4. */
    static final int WIDTH = 32;

    private final ModelRegistry registry;

    GenerationTraining(ModelRegistry registry) {
        this.registry = registry;
    }

    TrainModel.Outcome train(TrainRequest request, String device, TrainingProgress progress) throws IOException {
        GeneratorImages images = GeneratorImages.read(request.images(), request.patch(), request.augmentation());
        DcganSpec spec = new DcganSpec(LATENT, images.channels(), WIDTH, request.patch());
        DeviceChoice chosen = DeviceSelector.forEngine(TorchEngine.get()).select(device);
        Path folder = registry.userFolder().resolve(request.name());
        Files.createDirectories(folder);
        int steps = TrainModel.stepsPerEpoch(request, images.pixels());
        TrainingSettings settings = new TrainingSettings(request.epochs(), steps, request.batch(), request.learningRate(), Math.max(25, steps / 2), request.seed());
        GeneratorLoss loss = GeneratorLoss.parse(request.loss());
        WganTrainer trainer = loss == GeneratorLoss.WGAN ? WganTrainer.paper(settings, chosen.device(), LATENT)
                : WganTrainer.gradientPenaltyPaper(settings, chosen.device(), LATENT);
        ModelSaver saver = new ModelSaver(progress, folder, request, spec, images, loss, chosen.device());
        TrainingState state = trainer.train(request.name(), spec.build(), spec.critic(), images, folder, saver);
        double baseline = saver.quality == null ? Double.NaN : saver.quality.baselinePixels();
        return new TrainModel.Outcome(folder, state, baseline, chosen.message(), saver.quality == null ? null : saver.quality.describe(state.history().size()));
    }

    /** Saves each epoch's generator as the model, measured on a fixed set of the training images' patches. */
    private static final class ModelSaver extends ForwardingListener {
        private final Path folder;
        private final TrainRequest request;
        private final DcganSpec spec;
        private final GeneratorImages images;
        private final GeneratorLoss loss;
        private final Device device;
        private final float[] real;
        private final long started = System.nanoTime();
        private GeneratorQuality quality;

        ModelSaver(TrainingProgress delegate, Path folder, TrainRequest request, DcganSpec spec, GeneratorImages images, GeneratorLoss loss, Device device) {
            super(delegate);
            this.folder = folder;
            this.request = request;
            this.spec = spec;
            this.images = images;
            this.loss = loss;
            this.device = device;
            this.real = images.fixedBatch(GeneratorQuality.SAMPLES, request.seed());
        }

        @Override
        public void betterModel(Block generator, TrainingState.EpochRecord record) throws IOException {
            quality = GeneratorQuality.measure(generator, device, spec.latent(), real, spec.channels(), spec.size());
            ModelFolderWriter.write(folder, generator, WeightsFormat.PARAMS, record.epoch(), weights -> manifest(weights, record.epoch()));
        }

        private ModelManifest manifest(ModelManifest.Weights weights, int epoch) {
            String time = String.format(Locale.ROOT, "%.1f min", (System.nanoTime() - started) / 60e9);
            String source = request.images() + " (" + images.count() + " images, " + spec.size() + " px patches)";
            // the normalisation maps the generator's -1..1 back to the training images' values
            ModelManifest.NormalizationSpec values = ModelManifest.NormalizationSpec.fixed(images.low(), images.high())
                    .withRange(ModelManifest.NormalizationSpec.SYMMETRIC_RANGE);
            return new ModelManifest(ModelManifest.FORMAT, request.name(), ModelKind.GENERATE, "1." + epoch,
                    "Makes new " + spec.size() + " x " + spec.size() + " images like those of " + request.images().getFileName() + " from noise; trained with NeuralIJ's Train Model",
                    new ModelManifest.Architecture(ModelManifest.Architecture.BUILTIN, spec.architecture().manifestName(), spec.params()), weights,
                    new ModelManifest.InputSpec(spec.latent(), "CYX", values, 1, 1, 0),
                    new ModelManifest.OutputSpec(spec.channels(), 1, OutputKind.IMAGE),
                    new ModelManifest.Provenance(source, "that of the training images", request.macroLine(), epoch, time, quality.describe(epoch), notes(), 0));
        }

        private String notes() {
            String critic = loss == GeneratorLoss.WGAN
                    ? "WGAN: critic weights clipped to +-0.01, RMSprop, 5 critic updates per generator update (100 for the first 25 and every 500th)"
                    : "WGAN-GP: gradient penalty of weight 10, Adam betas (0, 0.9), 5 critic updates per generator update";
            return "DCGAN generator (noise of " + spec.latent() + " channels) against a DCGAN critic without normalisation (fast.ai lesson 12); " + critic
                    + ". The input normalisation gives the value range the generator's -1..1 stands for (" + (images.bitDepth() == 24 ? "RGB" : images.bitDepth() + "-bit")
                    + " training images). A GAN has no validation loss to pick its best epoch by: this is the latest epoch's generator.";
        }
    }
}
