package org.neuralij.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a model .zip without installing it, by unpacking it into a temporary folder deleted when Java exits. */
final class TemporaryUnzip {

    private TemporaryUnzip() {
    }

    static ModelPackage open(Path zip) throws IOException {
        Path folder = Files.createTempDirectory("neuralij-model-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(folder)));
        try {
            new SafeUnzipper(ModelInstaller.DEFAULT_MAX_EXPANDED_BYTES, ModelInstaller.DEFAULT_MAX_ENTRIES)
                    .unzip(zip, zip.toString(), folder);
            return ModelPackage.open(ModelFolderLocator.locate(folder, zip.toString()));
        } catch (IOException e) {
            FileTrees.deleteQuietly(folder);
            throw e;
        }
    }
}
