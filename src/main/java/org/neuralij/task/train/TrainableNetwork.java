package org.neuralij.task.train;

import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.TorchScriptFiles;
import org.neuralij.train.loop.NetworkSetup;

import java.nio.file.Path;
import org.neuralij.nn.BuiltinArchitectures;
import org.neuralij.nn.DnCnn;
import org.neuralij.nn.SuperResolutionNet;
import org.neuralij.nn.UNet;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A network to train, how its weights are written, and what its manifest must say about it. */
record TrainableNetwork(NetworkSetup setup, WeightsFormat weights, ModelManifest.Architecture architecture, int sizeMultiple, int halo) {

    static final int DNCNN_DEPTH = 12;
    static final int DNCNN_WIDTH = 32;
    static final int UNET_WIDTH = 32;
    static final int UNET_DEPTH = 3;
    static final Set<String> UNETS = Set.of("unet", "unet-attention");

    static TrainableNetwork create(String architecture, int channels) {
        if ("dncnn".equals(architecture)) {
            Map<String, Double> params = Map.of("channels", (double) channels, "depth", (double) DNCNN_DEPTH, "width", (double) DNCNN_WIDTH);
            return new TrainableNetwork(NetworkSetup.of(BuiltinArchitectures.create("dncnn", params)), WeightsFormat.PARAMS,
                    new ModelManifest.Architecture(ModelManifest.Architecture.BUILTIN, "dncnn", params), 1, DnCnn.receptiveFieldRadius(DNCNN_DEPTH));
        }
        if (UNETS.contains(architecture)) return unet(architecture, channels, channels, true);
        throw new IllegalArgumentException("architecture=" + architecture + " cannot be trained: use dncnn, unet or unet-attention.");
    }

    static final int SR_WIDTH = 32;
    static final int SR_BLOCKS = 8;

    /** A network whose output is {@code scale} times larger than its input ({@code sr-resnet}). */
    static TrainableNetwork superResolution(String architecture, int channels, int scale) {
        if (!TrainRequest.SUPER_RESOLUTION_ARCHITECTURE.equals(architecture)) {
            throw new IllegalArgumentException("architecture=" + architecture + " cannot enlarge images: use architecture="
                    + TrainRequest.SUPER_RESOLUTION_ARCHITECTURE + " (or leave it out) for task=super-resolution.");
        }
        Map<String, Double> params = new TreeMap<>(Map.of("channels", (double) channels, "scale", (double) scale,
                "width", (double) SR_WIDTH, "blocks", (double) SR_BLOCKS));
        return new TrainableNetwork(NetworkSetup.of(BuiltinArchitectures.create(architecture, params)), WeightsFormat.PARAMS,
                new ModelManifest.Architecture(ModelManifest.Architecture.BUILTIN, architecture, params), 1, SuperResolutionNet.receptiveFieldRadius(scale, SR_BLOCKS));
    }

    /** A U-Net that gives one score (logit) per class at each pixel. */
    static TrainableNetwork segmentation(String architecture, int channels, int classes) {
        return unetFor("segment", architecture, channels, classes);
    }

    /** A U-Net whose outputs are not of the input's kind (class scores, colour differences): no residual connection to the input. */
    static TrainableNetwork unetFor(String task, String architecture, int channels, int outputs) {
        if (!UNETS.contains(architecture)) {
            throw new IllegalArgumentException("architecture=" + architecture + " cannot be trained for task=" + task + ": use architecture=unet or unet-attention.");
        }
        return unet(architecture, channels, outputs, false);
    }

    /** A U-Net that takes the image channels and the hole mask and gives the image channels: a residual over the blanked (diffusion-filled) input. */
    static TrainableNetwork inpainting(String architecture, int channels, int outputs) {
        if (!UNETS.contains(architecture)) {
            throw new IllegalArgumentException("architecture=" + architecture + " cannot inpaint: use architecture=unet or unet-attention for task=inpaint.");
        }
        return unet(architecture, channels, outputs, true);
    }

    /** The course's U-Net; {@code unet-attention} adds self-attention at the deepest scale. */
    private static TrainableNetwork unet(String architecture, int inChannels, int outChannels, boolean residual) {
        Map<String, Double> params = new TreeMap<>(Map.of("inChannels", (double) inChannels, "outChannels", (double) outChannels,
                "width", (double) UNET_WIDTH, "depth", (double) UNET_DEPTH, "blocks", 1.0, "output", 0.0, "residual", residual ? 1.0 : 0.0));
        if (architecture.endsWith("-attention")) params.put("attention", 1.0);
        UNet unet = (UNet) BuiltinArchitectures.create("unet", params);
        return new TrainableNetwork(NetworkSetup.of(unet), WeightsFormat.PARAMS, new ModelManifest.Architecture(ModelManifest.Architecture.BUILTIN, "unet", params),
                unet.sizeMultiple(), unet.receptiveFieldRadius());
    }

    /**
     * The base model's network to fine-tune: a built-in one (its weights are loaded by the trainer) or a
     * TorchScript file loaded with trainable parameters. Training normalises with percentiles, so the
     * base must expect that.
     */
    static TrainableNetwork of(ModelPackage base) {
        ModelManifest manifest = base.manifest();
        if (!"percentile".equals(manifest.input().normalization().method())) {
            throw new IllegalArgumentException("The base model '" + manifest.name() + "' expects '" + manifest.input().normalization().method()
                    + "' normalisation, but training normalises with percentiles: choose a base with percentile normalisation, or none.");
        }
        ModelManifest.Architecture architecture = manifest.architecture();
        if (architecture.isTorchScript()) {
            Path file = base.weightsFile();
            return new TrainableNetwork(model -> TorchScriptFiles.loadTrainable(model, file), WeightsFormat.TORCHSCRIPT, architecture,
                    manifest.input().sizeMultiple(), manifest.input().halo());
        }
        return new TrainableNetwork(NetworkSetup.of(BuiltinArchitectures.create(architecture.name(), architecture.params())), WeightsFormat.PARAMS,
                architecture, manifest.input().sizeMultiple(), manifest.input().halo());
    }
}
