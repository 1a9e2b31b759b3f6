package org.neuralij.task.train;

import ai.djl.nn.Block;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.Sha256;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Saves a network as a usable model package. The weights go to a new file first; model.json
 * is then replaced in one step to point at it; the previous weights file goes last. A reader
 * therefore always finds a manifest whose weights exist and match their checksum.
 */
final class ModelFolderWriter {

    private ModelFolderWriter() {
    }

    static void write(Path folder, Block block, WeightsFormat format, int version, ManifestDraft draft) throws IOException {
        String weightsName = format.fileName(version);
        Path weights = folder.resolve(weightsName);
        Path partial = Files.createTempFile(folder, weightsName, ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                format.write(block, out);
            }
            Files.move(partial, weights, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String previous = previousWeights(folder);
            ModelManifest manifest = draft.complete(new ModelManifest.Weights(weightsName, Sha256.of(weights)));
            Path manifestPartial = Files.createTempFile(folder, "model.json", ".partial");
            Files.writeString(manifestPartial, manifest.toJson());
            Files.move(manifestPartial, folder.resolve(ModelManifest.FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (previous != null && !previous.equals(weightsName)) Files.deleteIfExists(folder.resolve(previous));
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String previousWeights(Path folder) {
        try {
            return ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME)).weights().file();
        } catch (IOException none) {
            return null;
        }
    }

    /** Everything of a manifest but the weights, which are known only once written. */
    @FunctionalInterface
    interface ManifestDraft {
        ModelManifest complete(ModelManifest.Weights weights);
    }
}
