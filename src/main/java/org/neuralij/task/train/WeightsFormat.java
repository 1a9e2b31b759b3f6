package org.neuralij.task.train;

import ai.djl.nn.Block;
import org.neuralij.model.TorchScriptFiles;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** How a trained network's weights are written into its model folder: DJL parameters for built-in architectures, a TorchScript archive for fine-tuned TorchScript models. */
enum WeightsFormat {
    PARAMS(".params") {
        @Override
        void write(Block block, OutputStream out) throws IOException {
            block.saveParameters(new DataOutputStream(out));
        }
    },
    TORCHSCRIPT(".pt") {
        @Override
        void write(Block block, OutputStream out) {
            TorchScriptFiles.write(block, out);
        }
    };

    private final String extension;

    WeightsFormat(String extension) {
        this.extension = extension;
    }

    String fileName(int version) {
        return fileName("weights", version);
    }

    /** e.g. "reverse-3.params" for the second network of a translation model. */
    String fileName(String stem, int version) {
        return stem + "-" + version + extension;
    }

    abstract void write(Block block, OutputStream out) throws IOException;
}
