package org.neuralij.task.train;

import ai.djl.nn.Block;
import org.neuralij.model.ModelManifest;
import org.neuralij.nn.BuiltinArchitectures;
import org.neuralij.nn.DnCnn;
import org.neuralij.nn.UNet;

import java.util.Map;

/** A network to train, with what its manifest must say about it. */
record TrainableNetwork(Block block, ModelManifest.Architecture architecture, int sizeMultiple, int halo) {

    static final int DNCNN_DEPTH = 12;
    static final int DNCNN_WIDTH = 32;
    static final int UNET_WIDTH = 32;
    static final int UNET_DEPTH = 3;

    static TrainableNetwork create(String architecture, int channels) {
        if ("dncnn".equals(architecture)) {
            Map<String, Double> params = Map.of("channels", (double) channels, "depth", (double) DNCNN_DEPTH, "width", (double) DNCNN_WIDTH);
            return new TrainableNetwork(BuiltinArchitectures.create("dncnn", params),
                    new ModelManifest.Architecture(ModelManifest.Architecture.BUILTIN, "dncnn", params), 1, DnCnn.receptiveFieldRadius(DNCNN_DEPTH));
        }
        if ("unet".equals(architecture)) {
            Map<String, Double> params = Map.of("channels", (double) channels, "width", (double) UNET_WIDTH, "depth", (double) UNET_DEPTH,
                    "blocks", 1.0, "output", 0.0, "residual", 1.0);
            UNet unet = (UNet) BuiltinArchitectures.create("unet", params);
            return new TrainableNetwork(unet, new ModelManifest.Architecture(ModelManifest.Architecture.BUILTIN, "unet", params),
                    unet.sizeMultiple(), unet.receptiveFieldRadius());
        }
        throw new IllegalArgumentException("architecture=" + architecture + " cannot be trained: use dncnn or unet.");
    }

    /** The same network as a model to fine-tune, from its manifest (its weights are loaded by the trainer). */
    static TrainableNetwork of(ModelManifest base) {
        ModelManifest.Architecture architecture = base.architecture();
        if (architecture.isTorchScript()) {
            throw new IllegalArgumentException("The base model '" + base.name() + "' is a TorchScript file, which cannot be trained in Java yet: "
                    + "choose a base model with a built-in architecture, or none.");
        }
        return new TrainableNetwork(BuiltinArchitectures.create(architecture.name(), architecture.params()), architecture,
                base.input().sizeMultiple(), base.input().halo());
    }
}
