package org.neuralij.task.train;

import org.neuralij.train.data.TrainingData;
import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.neuralij.model.ModelManifest;
import org.neuralij.nn.BuiltinArchitecture;
import org.neuralij.nn.PatchDiscriminator;
import org.neuralij.nn.engine.TorchEngine;
import org.neuralij.train.loop.Checkpoint;
import org.neuralij.train.loop.NoGanTrainer;
import org.neuralij.train.loop.TrainingSettings;
import org.neuralij.train.loop.TrainingState;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The optional adversarial finish of Train Model ({@code gan=N}): the model just trained with
 * pixel loss is the pretrained generator of a NoGAN phase — a PatchGAN critic pretrains on its
 * outputs for the first half of the N steps, then both alternate with adversarial + 100 × pixel L1
 * — and the generator that comes out replaces the model. Its checkpoints live in {@code nogan/}
 * inside the model folder, so a stopped finish resumes too.
 */
final class AdversarialFinish {

    static final float PIXEL_WEIGHT = 100;
    static final float LEARNING_RATE = 1e-4f;
    static final int MIN_PATCH = 32;

    private final TrainRequest request;
    private final Device device;
    private final Path folder;

    AdversarialFinish(TrainRequest request, Device device, Path folder) {
        this.request = request;
        this.device = device;
        this.folder = folder;
    }

    /** Saves the finished generator as the model. */
    @FunctionalInterface
    interface ModelSaver {
        void save(Block generator, int version, TrainingState.EpochRecord record) throws IOException;
    }

    /** Refuses, before any training, a request whose finish could not run. */
    static void check(TrainRequest request) {
        if (request.patch() < MIN_PATCH) {
            throw new IllegalArgumentException("gan= needs patch=" + MIN_PATCH + " or more, for the critic's 70-pixel view; patch=" + request.patch() + " is too small.");
        }
    }

    void run(TrainingData data, TrainingProgress progress, ModelSaver saver) throws IOException {
        ModelManifest pretrained = ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME));
        if (pretrained.architecture().isTorchScript()) {
            throw new IllegalArgumentException("gan= works with built-in architectures; the model '" + pretrained.name() + "' is TorchScript.");
        }
        TrainingSettings settings = new TrainingSettings(1, request.ganSteps(), request.batch(), LEARNING_RATE, Math.max(25, request.ganSteps() / 2), request.seed());
        Path nogan = folder.resolve("nogan");
        TrainingState state = new NoGanTrainer(settings, device, request.ganSteps() / 2, PIXEL_WEIGHT).train(request.name(), generator(pretrained),
                folder.resolve(pretrained.weights().file()), PatchDiscriminator.builder().build(), data, nogan, new ForwardingListener(progress));
        if (state.epoch() < 1) return;
        try (NDManager manager = TorchEngine.get().newBaseManager()) {
            Block finished = generator(pretrained);
            finished.initialize(manager, DataType.FLOAT32, new Shape(1, data.inputChannels(), data.patch(), data.patch()));
            Checkpoint.read(nogan.resolve(NoGanTrainer.GENERATOR_CHECKPOINT), finished, Map::of, manager);
            TrainingState.EpochRecord record = state.history().get(state.history().size() - 1);
            saver.save(finished, request.epochs() + 1, new TrainingState.EpochRecord(request.epochs() + 1, record.trainingLoss(),
                    record.validationLoss(), record.learningRate(), record.seconds()));
        }
    }

    private static Block generator(ModelManifest pretrained) {
        return BuiltinArchitecture.spec(pretrained.architecture().name(), pretrained.architecture().params()).build();
    }
}
