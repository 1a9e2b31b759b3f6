package org.neuralij.train.loop;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a network's saved DJL parameters (a model to fine-tune, a pretrained generator) into an initialised block. */
final class SavedParameters {

    private SavedParameters() {
    }

    static void load(Block block, NDManager manager, Path weights, String what) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(weights))) {
            block.loadParameters(manager, new DataInputStream(in));
        } catch (MalformedModelException | RuntimeException wrong) {
            throw new IOException("The weights " + weights + " do not fit " + what + ": " + wrong.getMessage(), wrong);
        }
    }
}
