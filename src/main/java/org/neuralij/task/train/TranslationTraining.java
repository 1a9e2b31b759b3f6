package org.neuralij.task.train;

import org.neuralij.nn.engine.TorchEngine;
import org.neuralij.model.DeviceChoice;
import org.neuralij.model.DeviceSelector;
import org.neuralij.model.ModelRegistry;
import org.neuralij.train.data.UnpairedFolders;
import org.neuralij.train.data.UnpairedPatches;
import org.neuralij.train.loop.CycleGanTrainer;
import org.neuralij.train.loop.TrainingSettings;
import org.neuralij.train.loop.TrainingState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Train Model task=translate: a CycleGAN (lesson 12) between the unpaired folders images= (domain A) and
 * domain_b= (domain B), the two domains may differ in channels (gray A, RGB B). After every epoch both
 * generators are saved as one model (A→B as its weights, B→A as its reverse network), so the latest is usable
 * at once; a training started again under the same name resumes from its checkpoints.
 */
final class TranslationTraining {

    private final ModelRegistry registry;

    TranslationTraining(ModelRegistry registry) {
        this.registry = registry;
    }

    TrainModel.Outcome train(TrainRequest request, String device, TrainingProgress progress) throws IOException {
        TranslationNetworks.checkPatch(request.patch());
        UnpairedFolders folders = UnpairedFolders.read(request.images(), request.domainB());
        TranslationDomain domainA = TranslationDomain.of(folders.domainA(), "A (images=)", request);
        TranslationDomain domainB = TranslationDomain.of(folders.domainB(), "B (domain_b=)", request);
        UnpairedPatches data = new UnpairedPatches(domainA.training(), domainB.training(), domainA.heldOut(), domainB.heldOut());
        TranslationNetworks networks = TranslationNetworks.forPatch(request.patch(), data.channelsA(), data.channelsB());
        DeviceChoice chosen = DeviceSelector.forEngine(TorchEngine.get()).select(device);
        Path folder = registry.userFolder().resolve(request.name());
        Files.createDirectories(folder);
        int steps = TrainModel.stepsPerEpoch(request, Math.max(domainA.trainingPixels(), domainB.trainingPixels()));
        TrainingSettings settings = new TrainingSettings(request.epochs(), steps, request.batch(), request.learningRate(), Math.max(25, steps / 2), request.seed());
        TranslationModelSaver saver = new TranslationModelSaver(progress, folder, request, networks, domainA, domainB, chosen.device());
        TrainingState state = new CycleGanTrainer(settings, chosen.device(), (float) request.identity())
                .train(request.name(), networks.generators(), networks.critics(), data, folder, saver);
        return new TrainModel.Outcome(folder, state, saver.blurBaseline(), chosen.message(), saver.quality());
    }
}
