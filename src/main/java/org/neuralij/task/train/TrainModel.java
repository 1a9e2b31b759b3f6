package org.neuralij.task.train;

import ai.djl.nn.Block;
import ai.djl.training.loss.Loss;
import org.neuralij.model.DeviceChoice;
import org.neuralij.model.DeviceSelector;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.nn.engine.TorchEngine;
import org.neuralij.train.data.LabelMasks;
import org.neuralij.train.data.Patch;
import org.neuralij.train.data.PatchSampler;
import org.neuralij.train.data.PatchTrainingData;
import org.neuralij.train.data.TrainingPair;
import org.neuralij.train.data.ValidationSplit;
import org.neuralij.train.loop.SupervisedTrainer;
import org.neuralij.train.loop.TrainingListener;
import org.neuralij.train.loop.TrainingLock;
import org.neuralij.train.loop.TrainingSettings;
import org.neuralij.train.loop.TrainingState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The Train Model capability as every front end uses it: reads the folders, splits off the
 * validation images, trains (resuming from the model folder's checkpoint if there is one),
 * and saves the network as a model in the user's model folder whenever the validation loss
 * improves, so the model is listed and usable by every command at once. {@code task=translate}
 * goes to {@link TranslationTraining}, {@code task=style} to {@link StyleTraining}, {@code task=generate} to {@link GenerationTraining}.
 */
public final class TrainModel {

    static final int MAX_VALIDATION_PATCHES = 32;
    private final ModelRegistry registry;

    public TrainModel(ModelRegistry registry) {
        this.registry = registry;
    }

    /** {@code quality}: what the saved model's manifest says of it, when that is not a validation loss (translation); else null. */
    public record Outcome(Path folder, TrainingState state, double inputBaseline, String deviceMessage, String quality) {

        public Outcome(Path folder, TrainingState state, double inputBaseline, String deviceMessage) {
            this(folder, state, inputBaseline, deviceMessage, null);
        }

        /** How many epochs are done (all of them, unless the training was stopped). */
        public int epochsDone() {
            return state.history().size();
        }

        /** The step the training stopped or finished at, counted from 1. */
        public int lastStep() {
            return state.globalStep();
        }

        /** The best finite validation value of the training, infinite when there was none. */
        public double bestValidationLoss() {
            return state.bestValidationLoss();
        }

        /** How many times the loss became NaN or infinite and the training went back to its last checkpoint. */
        public int divergences() {
            return state.divergences().size();
        }

        /** Whether a model was saved in the folder: a training whose validation was never finite saves none. */
        public boolean modelSaved() {
            return Files.isRegularFile(folder.resolve(ModelManifest.FILE_NAME));
        }
    }

    /**
     * Trains as the request says. A training that fails before it saved anything (no checkpoint, no model) leaves no
     * folder behind, not even its lock file; one that saved something keeps it, so that the same command resumes.
     */
    public Outcome train(TrainRequest request, String device, TrainingProgress progress) throws IOException {
        Path folder = registry.userFolder().resolve(request.name());
        boolean existed = Files.exists(folder);
        try {
            return trainInFolder(request, device, progress);
        } catch (IOException | RuntimeException | Error failure) {
            if (!existed) removeIfNothingSaved(folder);
            throw failure;
        }
    }

    private static void removeIfNothingSaved(Path folder) {
        try (var entries = Files.list(folder)) {
            List<Path> left = entries.toList();
            if (left.stream().allMatch(entry -> entry.getFileName().toString().equals(TrainingLock.FILE_NAME))) {
                for (Path entry : left) Files.deleteIfExists(entry);
                Files.deleteIfExists(folder);
            }
        } catch (IOException unremovable) {
            // the failure being reported matters more than an empty folder left behind
        }
    }

    private Outcome trainInFolder(TrainRequest request, String device, TrainingProgress progress) throws IOException {
        if (request.translation()) return new TranslationTraining(registry).train(request, device, progress);
        if (request.styleTransfer()) return new StyleTraining(registry).train(request, device, progress);
        if (request.generation()) return new GenerationTraining(registry).train(request, device, progress);
        if (request.ganSteps() > 0) AdversarialFinish.check(request);
        List<TrainingPairs.Group> groups = TrainingPairs.load(request);
        if (request.segmentation()) LabelMasks.requireObjects(TrainingPairs.flatten(groups), request.targets());
        ValidationSplit<TrainingPairs.Group> split = ValidationSplit.of(groups, TrainingPairs.Group::name, request.validation(), request.seed());
        List<TrainingPair> trainingPairs = TrainingPairs.flatten(split.training());
        List<TrainingPair> validationPairs = split.validation().isEmpty() ? trainingPairs : TrainingPairs.flatten(split.validation());
        int channels = trainingPairs.get(0).input().channels();
        TrainingObjective objective = TrainingObjective.of(request);
        PatchSampler sampler = new PatchSampler(trainingPairs, request.patch(), request.scale(), request.augmentation(), objective.roles());
        List<Patch> validation = PatchSampler.unaugmented(validationPairs, request.patch(), request.scale())
                .fixedPatches(Math.min(MAX_VALIDATION_PATCHES, 8 * validationPairs.size()), request.seed());
        PatchTrainingData data = new PatchTrainingData(sampler, validation, channels, trainingPairs.get(0).target().channels());

        String lossName = objective.lossName(request.loss());
        ModelPackage base = request.fineTuning() ? registry.find(request.base()) : null;
        int outputs = objective.outputs(base, TrainingPairs.flatten(groups), channels);
        TrainableNetwork network = base != null ? TrainableNetwork.of(base) : objective.network(request.architecture(), channels, outputs, request.scale());
        if (base != null && base.manifest().output().scale() != request.scale()) {
            throw new IllegalArgumentException("The base model '" + base.name() + "' enlarges " + base.manifest().output().scale() + " times, but scale="
                    + request.scale() + ": give scale=" + base.manifest().output().scale() + ", or a base model of scale " + request.scale() + ".");
        }
        if (request.patch() % network.sizeMultiple() != 0) {
            throw new IllegalArgumentException("patch=" + request.patch() + " is not allowed by this network: use a multiple of " + network.sizeMultiple() + ".");
        }
        if (base != null) base.verifyWeights();
        DeviceChoice chosen = DeviceSelector.forEngine(TorchEngine.get()).select(device);
        Path folder = registry.userFolder().resolve(request.name());
        Files.createDirectories(folder);
        Loss loss = objective.loss(lossName, chosen.device(), FeatureNetworkFile.resolve(registry, request.features()));
        try {
            double baseline = objective.baseline(loss, validation, outputs, chosen.device());
            TrainingSettings settings = new TrainingSettings(request.epochs(), stepsPerEpoch(request, split.training()), request.batch(),
                    request.learningRate(), Math.max(25, request.stepsPerEpoch() / 2), request.seed()).withWeightAveraging(request.averagedEpochs());
            SupervisedTrainer trainer = new SupervisedTrainer(settings, chosen.device(), loss);
            if (base != null && network.weights() == WeightsFormat.PARAMS) trainer.startingFrom(base.weightsFile());
            long started = System.nanoTime();
            ManifestFactory manifests = record -> manifest(request, objective, lossName, network, channels, outputs, record, baseline, started);
            TrainingListener saving = new ModelSavingListener(progress, folder, network.weights(), manifests);
            TrainingState state = trainer.train(request.name(), network.setup(), data, folder, saving);
            if (request.ganSteps() > 0 && state.epoch() == request.epochs()) {
                new AdversarialFinish(request, chosen.device(), folder).run(data, progress, (block, version, record) ->
                        ModelFolderWriter.write(folder, block, WeightsFormat.PARAMS, version, manifests.draft(record)));
            }
            return new Outcome(folder, state, baseline, chosen.message());
        } finally {
            release(loss);
        }
    }

    /** Frees what a loss holds (a perceptual loss's feature network). */
    private static void release(Loss loss) throws IOException {
        if (!(loss instanceof AutoCloseable holding)) return;
        try {
            holding.close();
        } catch (IOException | RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            throw new IOException(failure);
        }
    }

    /** As given, or about one pass over the pixels of the training images (each image once, whatever its number of degraded copies). */
    private static int stepsPerEpoch(TrainRequest request, List<TrainingPairs.Group> training) {
        long pixels = training.stream().map(group -> group.pairs().get(0).input()).mapToLong(image -> (long) image.width() * image.height()).sum();
        return stepsPerEpoch(request, pixels);
    }

    /** As given, or about one pass over {@code pixels} (8 to 500 steps). */
    static int stepsPerEpoch(TrainRequest request, long pixels) {
        if (request.stepsPerEpoch() > 0) return request.stepsPerEpoch();
        return (int) Math.max(8, Math.min(500, pixels / ((long) request.patch() * request.patch() * request.batch())));
    }

    private static ModelFolderWriter.ManifestDraft manifest(TrainRequest request, TrainingObjective objective, String lossName, TrainableNetwork network, int channels,
                                                            int outputs, TrainingState.EpochRecord record, double baseline, long started) {
        String source = request.selfSupervised() ? request.images() + " degraded by [" + request.degradation() + "]"
                : request.images() + (request.segmentation() ? " with the masks of " : " paired with ") + request.targets();
        boolean adversarial = record.epoch() > request.epochs();
        String quality = adversarial
                ? String.format(Locale.ROOT, "after a NoGAN finish of %d steps: training pixel L1 %.4f (the unchanged validation input scores %.4f); judge by looking at the results", request.ganSteps(), record.validationLoss(), baseline)
                : objective.quality(lossName, record.validationLoss(), baseline, outputs) + ", epoch " + record.epoch();
        String time = String.format(Locale.ROOT, "%.1f min", (System.nanoTime() - started) / 60e9);
        return weights -> new ModelManifest(ModelManifest.FORMAT, request.name(), request.trainingTask().modelKind(), "1." + record.epoch(),
                "Trained with NeuralIJ's Train Model from " + source, network.architecture(), weights,
                new ModelManifest.InputSpec(channels, "CYX", ModelManifest.NormalizationSpec.percentile(1, 99.8),
                        network.sizeMultiple(), network.sizeMultiple(), network.halo()),
                new ModelManifest.OutputSpec(outputs, request.scale(), objective.outputKind()),
                new ModelManifest.Provenance(source, "that of the training images", request.macroLine(), record.epoch(), time, quality,
                        notes(request, adversarial), record.divergences()));
    }

    private static String notes(TrainRequest request, boolean adversarial) {
        String base = request.fineTuning() ? "fine-tuned from " + request.base() : null;
        if (request.averagedEpochs() > 0) {
            String averaging = "stochastic weight averaging over the last " + request.averagedEpochs()
                    + " epochs (the average, with BatchNorm statistics recomputed, is the model when it validates better than every epoch)";
            base = base == null ? averaging : base + "; " + averaging;
        }
        if (!adversarial) return base;
        String nogan = "pixel-loss training followed by a NoGAN finish: PatchGAN critic pretrained for " + request.ganSteps() / 2
                + " steps, then " + (request.ganSteps() - request.ganSteps() / 2) + " adversarial steps with " + (int) AdversarialFinish.PIXEL_WEIGHT + " x pixel L1";
        return base == null ? nogan : base + "; " + nogan;
    }

    /** Passes everything on to the front end and saves each better network as the model. */
    private static final class ModelSavingListener extends ForwardingListener {
        private final Path folder;
        private final WeightsFormat format;
        private final ManifestFactory manifests;

        ModelSavingListener(TrainingProgress delegate, Path folder, WeightsFormat format, ManifestFactory manifests) {
            super(delegate);
            this.folder = folder;
            this.format = format;
            this.manifests = manifests;
        }

        @Override
        public void betterModel(Block block, TrainingState.EpochRecord record) throws IOException {
            ModelFolderWriter.write(folder, block, format, record.epoch(), manifests.draft(record));
        }
    }

    @FunctionalInterface
    private interface ManifestFactory {
        ModelFolderWriter.ManifestDraft draft(TrainingState.EpochRecord record);
    }
}
