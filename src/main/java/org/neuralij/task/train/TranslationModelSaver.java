package org.neuralij.task.train;

import ai.djl.Device;
import ai.djl.nn.Block;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.OutputKind;
import org.neuralij.nn.NetworkPair;
import org.neuralij.train.loop.TrainingState;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Passes a CycleGAN training's news on to the front end, and saves the generators handed over after each
 * epoch as the translation model: A→B as its weights, B→A as its reverse network, measured on the held-out
 * patches ({@link CycleQuality}).
 */
final class TranslationModelSaver extends ForwardingListener {

    private final Path folder;
    private final TrainRequest request;
    private final TranslationNetworks networks;
    private final TranslationDomain domainA;
    private final TranslationDomain domainB;
    private final Device device;
    private final long started = System.nanoTime();
    private CycleQuality lastQuality;
    private String quality;

    TranslationModelSaver(TrainingProgress delegate, Path folder, TrainRequest request, TranslationNetworks networks,
                          TranslationDomain domainA, TranslationDomain domainB, Device device) {
        super(delegate);
        this.folder = folder;
        this.request = request;
        this.networks = networks;
        this.domainA = domainA;
        this.domainB = domainB;
        this.device = device;
    }

    /** {@code block} is the pair of generators (A→B, B→A). */
    @Override
    public void betterModel(Block block, TrainingState.EpochRecord record) throws IOException {
        NetworkPair generators = (NetworkPair) block;
        lastQuality = CycleQuality.measure(generators, device, domainA.heldOut(), domainB.heldOut());
        quality = lastQuality.describe(record.epoch(), domainA.separate() && domainB.separate());
        ModelFolderWriter.writePair(folder, generators.first(), generators.second(), record.epoch(),
                (weights, reverse) -> manifest(weights, reverse, record.epoch()));
    }

    /** What the last saved model's manifest says of its quality; null before the first epoch ended. */
    String quality() {
        return quality;
    }

    /** The mean L1 of a 1-px blur on the held-out patches of both domains, NaN before the first epoch ended. */
    double blurBaseline() {
        return lastQuality == null ? Double.NaN : (lastQuality.blurA() + lastQuality.blurB()) / 2;
    }

    private ModelManifest manifest(ModelManifest.Weights weights, ModelManifest.Weights reverse, int epoch) {
        String source = "domain A: " + request.images() + ", domain B: " + request.domainB() + " (unpaired)";
        String time = String.format(Locale.ROOT, "%.1f min", (System.nanoTime() - started) / 60e9);
        ModelManifest.NormalizationSpec normalization = ModelManifest.NormalizationSpec.percentile(1, 99.8)
                .withRange(ModelManifest.NormalizationSpec.SYMMETRIC_RANGE);
        return new ModelManifest(ModelManifest.FORMAT, request.name(), ModelKind.TRANSLATE, "1." + epoch,
                "Translates images of domain A to domain B (weights) and back (reverse); trained with NeuralIJ's Train Model from " + source,
                networks.architecture(), weights,
                new ModelManifest.InputSpec(networks.channelsA(), "CYX", normalization, TranslationNetworks.SIZE_MULTIPLE, TranslationNetworks.MIN_SIZE, networks.halo()),
                new ModelManifest.OutputSpec(networks.channelsB(), 1, OutputKind.IMAGE),
                new ModelManifest.Provenance(source, "that of the training images", request.macroLine(), epoch, time, quality, notes(), 0),
                reverse);
    }

    private String notes() {
        return "CycleGAN (fast.ai lesson 12): two ResNet generators (width " + networks.width() + ", " + networks.blocks()
                + " residual blocks) and two PatchGAN critics, least-squares GAN loss, cycle loss x10, identity loss x" + request.identity() * 10 + ", pool of 50 fakes, "
                + "Adam beta1 0.5, learning rate constant for half the steps then falling linearly to 0. A CycleGAN has no validation loss "
                + "to pick its best epoch by: this is the latest epoch's pair of generators, saved after every epoch; judge it by looking at "
                + "its results. weights = A to B, reverse = B to A.";
    }
}
