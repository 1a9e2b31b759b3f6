package org.neuralij.task.train;

import ai.djl.nn.Block;
import org.neuralij.model.DeviceChoice;
import org.neuralij.model.DeviceSelector;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.OutputKind;
import org.neuralij.nn.StyleTransferNet;
import org.neuralij.nn.engine.TorchEngine;
import org.neuralij.train.data.ContentImages;
import org.neuralij.train.data.StyleImage;
import org.neuralij.train.loop.FastStyleSettings;
import org.neuralij.train.loop.FastStyleTrainer;
import org.neuralij.train.loop.TrainingSettings;
import org.neuralij.train.loop.TrainingState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Train Model task=style: a feed-forward style network (Johnson et al., lesson 13) trained on the content
 * images of images= to paint them in the style of the image style=, with the perceptual loss of a frozen
 * feature network (features=: a VGG exported as TorchScript, a file or an installed model's name; by
 * default the built-in random-filter network). The network is saved as a model whenever the validation
 * loss improves; Run Model applies it to RGB images in one pass.
 */
final class StyleTraining {


    private final ModelRegistry registry;

    StyleTraining(ModelRegistry registry) {
        this.registry = registry;
    }

    TrainModel.Outcome train(TrainRequest request, String device, TrainingProgress progress) throws IOException {
        FastStyleSettings style = FastStyleSettings.defaults().withFeatureNetwork(FeatureNetworkFile.resolve(registry, request.features()));
        ContentImages content = ContentImages.read(request.images(), request.patch(), request.augmentation());
        StyleImage styleImage = StyleImage.read(request.style());
        DeviceChoice chosen = DeviceSelector.forEngine(TorchEngine.get()).select(device);
        Path folder = registry.userFolder().resolve(request.name());
        Files.createDirectories(folder);
        int steps = TrainModel.stepsPerEpoch(request, content.pixels());
        TrainingSettings settings = new TrainingSettings(request.epochs(), steps, request.batch(), request.learningRate(), Math.max(25, steps / 2), request.seed());
        FastStyleTrainer trainer = new FastStyleTrainer(settings, style, chosen.device());
        ModelSaver saver = new ModelSaver(progress, folder, request, style, trainer);
        TrainingState state = trainer.train(request.name(), content, styleImage, folder, saver);
        return new TrainModel.Outcome(folder, state, trainer.unchangedContentLoss(), chosen.message(), saver.quality);
    }

    /** Saves each better style network as the model, with its validation loss against that of the unchanged content. */
    private static final class ModelSaver extends ForwardingListener {
        private final Path folder;
        private final TrainRequest request;
        private final FastStyleSettings style;
        private final FastStyleTrainer trainer;
        private final long started = System.nanoTime();
        private String quality;

        ModelSaver(TrainingProgress delegate, Path folder, TrainRequest request, FastStyleSettings style, FastStyleTrainer trainer) {
            super(delegate);
            this.folder = folder;
            this.request = request;
            this.style = style;
            this.trainer = trainer;
        }

        @Override
        public void betterModel(Block block, TrainingState.EpochRecord record) throws IOException {
            quality = String.format(Locale.ROOT, "validation loss (content + %.0f x style, %s) %.4f against %.4f for the unchanged content patches, epoch %d",
                    style.loss().style(), features(), record.validationLoss(), trainer.unchangedContentLoss(), record.epoch());
            ModelFolderWriter.write(folder, block, WeightsFormat.PARAMS, record.epoch(), weights -> manifest(weights, record.epoch()));
        }

        private String features() {
            return request.features().isEmpty() ? "random-filter feature network" : "feature network " + request.features();
        }

        private ModelManifest manifest(ModelManifest.Weights weights, int epoch) {
            String source = "content: " + request.images() + ", style: " + request.style();
            String time = String.format(Locale.ROOT, "%.1f min", (System.nanoTime() - started) / 60e9);
            return new ModelManifest(ModelManifest.FORMAT, request.name(), ModelKind.STYLE, "1." + epoch,
                    "Paints RGB images in the style of " + request.style().getFileName() + "; trained with NeuralIJ's Train Model",
                    new ModelManifest.Architecture(ModelManifest.Architecture.BUILTIN, style.architecture(), style.architectureParams()), weights,
                    new ModelManifest.InputSpec(StyleTransferNet.CHANNELS, "CYX", ModelManifest.NormalizationSpec.fixed(0, 255),
                            StyleTransferNet.SIZE_MULTIPLE, StyleTransferNet.SIZE_MULTIPLE, StyleTransferNet.HALO),
                    new ModelManifest.OutputSpec(StyleTransferNet.CHANNELS, 1, OutputKind.IMAGE),
                    new ModelManifest.Provenance(source, "that of the content and style images", request.macroLine(), epoch, time, quality,
                            "fast style transfer (Johnson et al.): content loss at tap " + style.loss().contentTap() + ", Gram-matrix style loss over "
                                    + style.loss().styleTaps() + " taps of the " + features() + "; inputs are 8-bit RGB values (0-255); "
                                    + "instance normalisation uses each tile's statistics", 0));
        }
    }
}
