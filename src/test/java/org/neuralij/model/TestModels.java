package org.neuralij.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small model folders and archives for the tests; the weights are a few fake bytes nobody loads. */
final class TestModels {

    static final String WEIGHTS_FILE = "weights.pt";

    private TestModels() {
    }

    static String manifestJson(String name, String version, String sha256) {
        return """
                {
                  "format": 1,
                  "name": "%s",
                  "task": "denoise",
                  "version": "%s",
                  "architecture": { "type": "torchscript" },
                  "weights": { "file": "%s", "sha256": "%s" },
                  "input": { "channels": 1, "normalization": { "method": "percentile" } },
                  "output": { "channels": 1, "kind": "image" }
                }
                """.formatted(name, version, WEIGHTS_FILE, sha256);
    }

    /** A valid model in {@code parent/folderName} whose weights hold {@code weights}. */
    static Path create(Path parent, String folderName, String name, String version, String weights)
            throws IOException {
        Path folder = Files.createDirectories(parent.resolve(folderName));
        Path weightsFile = Files.writeString(folder.resolve(WEIGHTS_FILE), weights);
        Files.writeString(folder.resolve(ModelManifest.FILE_NAME),
                manifestJson(name, version, Sha256.of(weightsFile)));
        return folder;
    }

    static final String REVERSE_FILE = "reverse.pt";

    /** A valid translation model in {@code parent/name} with weights (A→B) and reverse (B→A) files. */
    static Path createTranslation(Path parent, String name) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(name));
        Path weights = Files.writeString(folder.resolve(WEIGHTS_FILE), "A to B of " + name);
        Path reverse = Files.writeString(folder.resolve(REVERSE_FILE), "B to A of " + name);
        String json = manifestJson(name, "1.0.0", Sha256.of(weights)).replace("\"denoise\"", "\"translate\"")
                .replace("\"input\":", "\"reverse\": { \"file\": \"" + REVERSE_FILE + "\", \"sha256\": \"" + Sha256.of(reverse) + "\" },\n  \"input\":");
        Files.writeString(folder.resolve(ModelManifest.FILE_NAME), json);
        return folder;
    }

    static Path create(Path parent, String name) throws IOException {
        return create(parent, name, name, "1.0.0", "weights of " + name);
    }

    /** A zip with the given entry names and contents, in that order. */
    static Path zip(Path zip, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    /** Zips a model folder, its files under {@code prefix} ("" for the top of the archive). */
    static Path zipFolder(Path folder, String prefix, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                out.putNextEntry(new ZipEntry(prefix + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
