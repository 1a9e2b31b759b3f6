package org.neuralij.train.loop;

import ai.djl.Model;
import ai.djl.nn.Block;

import java.io.IOException;

/** Puts the network to train into the training's model (a built-in block, or a TorchScript file loaded with trainable parameters) and returns it. */
@FunctionalInterface
public interface NetworkSetup {

    Block install(Model model) throws IOException;

    static NetworkSetup of(Block block) {
        return model -> {
            model.setBlock(block);
            return block;
        };
    }
}
