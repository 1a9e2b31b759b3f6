package org.neuralij.task.train;

import org.neuralij.model.ModelRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The key features=: a TorchScript file of VGG activations, or the name of an installed model holding one; empty = the built-in random-filter network. */
public final class FeatureNetworkFile {

    private FeatureNetworkFile() {
    }

    /** @return the file, or null for the built-in network */
    public static Path resolve(ModelRegistry registry, String features) throws IOException {
        if (features == null || features.isBlank()) return null;
        Path file = Path.of(features);
        if (Files.isRegularFile(file)) return file;
        return registry.find(features).weightsFile();
    }
}
