package org.neuralij.model;

import ai.djl.Model;
import ai.djl.MalformedModelException;
import ai.djl.nn.Block;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/** TorchScript files as trainable networks: loaded with their parameters open to training, and written back as plain TorchScript archives that PyTorch and NeuralIJ load as they are. */
public final class TorchScriptFiles {

    private TorchScriptFiles() {
    }

    public static Block loadTrainable(Model model, Path file) throws IOException {
        try {
            model.load(file, null, Map.of("trainParam", "true"));
            return model.getBlock();
        } catch (MalformedModelException | RuntimeException unreadable) {
            throw new IOException("The TorchScript file " + file + " could not be loaded for training: " + unreadable.getMessage(), unreadable);
        }
    }

    /** Writes the module alone (DJL's saveParameters would put its own header in front, which PyTorch cannot read). */
    public static void write(Block block, OutputStream out) {
        if (!(block instanceof PtSymbolBlock module)) {
            throw new IllegalArgumentException("Only a TorchScript network can be written as TorchScript, not " + block.getClass().getSimpleName());
        }
        JniUtils.writeModule(module, out, false);
    }
}
