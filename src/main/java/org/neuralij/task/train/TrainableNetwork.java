package org.neuralij.task.train;

import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NormalizationMethod;
import org.neuralij.model.TorchScriptFiles;
import org.neuralij.nn.BuiltinArchitecture;
import org.neuralij.nn.DnCnnSpec;
import org.neuralij.nn.NetworkSpec;
import org.neuralij.nn.SuperResolutionSpec;
import org.neuralij.nn.UNetSpec;
import org.neuralij.train.loop.NetworkSetup;

import java.nio.file.Path;

/** A network to train, how its weights are written, and what its manifest must say about it. */
record TrainableNetwork(NetworkSetup setup, WeightsFormat weights, ModelManifest.Architecture architecture, int sizeMultiple, int halo) {

    static final int DNCNN_DEPTH = 12;
    static final int DNCNN_WIDTH = 32;
    static final int SR_WIDTH = 32;
    static final int SR_BLOCKS = 8;

    /** A built-in network, as its spec describes it in the manifest. */
    static TrainableNetwork of(NetworkSpec spec) {
        return new TrainableNetwork(NetworkSetup.of(spec.build()), WeightsFormat.PARAMS,
                new ModelManifest.Architecture(ModelManifest.Architecture.BUILTIN, spec.architecture().manifestName(), spec.params()), spec.sizeMultiple(),
                spec.receptiveFieldRadius());
    }

    /** An image-to-image network of the input's channels (denoise, restore): a DnCNN or a U-Net with a residual over its input. */
    static TrainableNetwork create(String architecture, int channels) {
        TrainableArchitecture chosen = TrainableArchitecture.find(architecture);
        if (chosen == TrainableArchitecture.DNCNN) return of(new DnCnnSpec(channels, DNCNN_DEPTH, DNCNN_WIDTH));
        if (chosen != null && chosen.isUNet()) return of(UNetSpec.standard(channels, channels, true, chosen == TrainableArchitecture.UNET_ATTENTION));
        throw new IllegalArgumentException("architecture=" + architecture + " cannot be trained: use dncnn, unet or unet-attention.");
    }

    /** A network whose output is {@code scale} times larger than its input ({@code sr-resnet}). */
    static TrainableNetwork superResolution(String architecture, int channels, int scale) {
        if (TrainableArchitecture.find(architecture) != TrainableArchitecture.SR_RESNET) {
            throw new IllegalArgumentException("architecture=" + architecture + " cannot enlarge images: use architecture="
                    + TrainableArchitecture.SR_RESNET.key() + " (or leave it out) for task=super-resolution.");
        }
        return of(new SuperResolutionSpec(channels, scale, SR_WIDTH, SR_BLOCKS));
    }

    /** A U-Net that gives one score (logit) per class at each pixel. */
    static TrainableNetwork segmentation(String architecture, int channels, int classes) {
        return unetFor("segment", architecture, channels, classes);
    }

    /** A U-Net whose outputs are not of the input's kind (class scores, colour differences): no residual connection to the input. */
    static TrainableNetwork unetFor(String task, String architecture, int channels, int outputs) {
        TrainableArchitecture chosen = TrainableArchitecture.find(architecture);
        if (chosen == null || !chosen.isUNet()) {
            throw new IllegalArgumentException("architecture=" + architecture + " cannot be trained for task=" + task + ": use architecture=unet or unet-attention.");
        }
        return of(UNetSpec.standard(channels, outputs, false, chosen == TrainableArchitecture.UNET_ATTENTION));
    }

    /** A U-Net that takes the image channels and the hole mask and gives the image channels: a residual over the blanked (diffusion-filled) input. */
    static TrainableNetwork inpainting(String architecture, int channels, int outputs) {
        TrainableArchitecture chosen = TrainableArchitecture.find(architecture);
        if (chosen == null || !chosen.isUNet()) {
            throw new IllegalArgumentException("architecture=" + architecture + " cannot inpaint: use architecture=unet or unet-attention for task=inpaint.");
        }
        return of(UNetSpec.standard(channels, outputs, true, chosen == TrainableArchitecture.UNET_ATTENTION));
    }

    /**
     * The base model's network to fine-tune: a built-in one (its weights are loaded by the trainer) or a
     * TorchScript file loaded with trainable parameters. Training normalises with percentiles, so the
     * base must expect that.
     */
    static TrainableNetwork of(ModelPackage base) {
        ModelManifest manifest = base.manifest();
        if (manifest.input().normalization().method() != NormalizationMethod.PERCENTILE) {
            throw new IllegalArgumentException("The base model '" + manifest.name() + "' expects '" + manifest.input().normalization().method().key()
                    + "' normalisation, but training normalises with percentiles: choose a base with percentile normalisation, or none.");
        }
        ModelManifest.Architecture architecture = manifest.architecture();
        if (architecture.isTorchScript()) {
            Path file = base.weightsFile();
            return new TrainableNetwork(model -> TorchScriptFiles.loadTrainable(model, file), WeightsFormat.TORCHSCRIPT, architecture,
                    manifest.input().sizeMultiple(), manifest.input().halo());
        }
        return new TrainableNetwork(NetworkSetup.of(BuiltinArchitecture.spec(architecture.name(), architecture.params()).build()), WeightsFormat.PARAMS,
                architecture, manifest.input().sizeMultiple(), manifest.input().halo());
    }
}
