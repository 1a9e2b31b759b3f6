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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Saves a network (or a translation model's two) as a usable model package. The weights go to
 * new files first; model.json is then replaced in one step to point at them; the previous
 * weights files go last. A reader
 * therefore always finds a manifest whose weights exist and match their checksum.
 */
final class ModelFolderWriter {

    private ModelFolderWriter() {
    }

    static void write(Path folder, Block block, WeightsFormat format, int version, ManifestDraft draft) throws IOException {
        write(folder, format, List.of(new Part(format.fileName(version), block)), written -> draft.complete(written.get(0)));
    }

    /** A translation model: {@code forward} (A→B) as the weights, {@code reverse} (B→A) as the reverse network. */
    static void writePair(Path folder, Block forward, Block reverse, int version, PairDraft draft) throws IOException {
        WeightsFormat format = WeightsFormat.PARAMS;
        write(folder, format, List.of(new Part(format.fileName(version), forward), new Part(format.fileName("reverse", version), reverse)),
                written -> draft.complete(written.get(0), written.get(1)));
    }

    private record Part(String fileName, Block block) {
    }

    private static void write(Path folder, WeightsFormat format, List<Part> parts, Function<List<ModelManifest.Weights>, ModelManifest> complete) throws IOException {
        List<ModelManifest.Weights> written = new ArrayList<>();
        for (Part part : parts) written.add(writeWeights(folder, format, part));
        Set<String> previous = previousWeights(folder);
        Path manifestPartial = Files.createTempFile(folder, "model.json", ".partial");
        try {
            Files.writeString(manifestPartial, complete.apply(written).toJson());
            Files.move(manifestPartial, folder.resolve(ModelManifest.FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(manifestPartial);
        }
        for (Part part : parts) previous.remove(part.fileName());
        for (String stale : previous) Files.deleteIfExists(folder.resolve(stale));
    }

    private static ModelManifest.Weights writeWeights(Path folder, WeightsFormat format, Part part) throws IOException {
        Path weights = folder.resolve(part.fileName());
        Path partial = Files.createTempFile(folder, part.fileName(), ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                format.write(part.block(), out);
            }
            Files.move(partial, weights, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ModelManifest.Weights(part.fileName(), Sha256.of(weights));
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The weights files the model.json in place names (none if there is none yet). */
    private static Set<String> previousWeights(Path folder) {
        Set<String> files = new HashSet<>();
        try {
            ModelManifest manifest = ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME));
            files.add(manifest.weights().file());
            if (manifest.hasReverse()) files.add(manifest.reverse().file());
        } catch (IOException none) {
            // no model saved yet
        }
        return files;
    }

    /** Everything of a manifest but the weights, which are known only once written. */
    @FunctionalInterface
    interface ManifestDraft {
        ModelManifest complete(ModelManifest.Weights weights);
    }

    /** Everything of a translation model's manifest but its two weights files. */
    @FunctionalInterface
    interface PairDraft {
        ModelManifest complete(ModelManifest.Weights weights, ModelManifest.Weights reverse);
    }
}
