package org.neuralij.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the model folder in unpacked content: the content itself, or the one sub-folder holding a model.json. */
final class ModelFolderLocator {

    private ModelFolderLocator() {
    }

    /** @param source what the content came from, for messages */
    static Path locate(Path content, String source) throws IOException {
        if (Files.isRegularFile(content.resolve(ModelManifest.FILE_NAME))) {
            return content;
        }
        List<Path> candidates;
        try (Stream<Path> children = Files.list(content)) {
            candidates = children.filter(ModelFolderLocator::isModelFolder).sorted().collect(Collectors.toList());
        }
        if (candidates.isEmpty()) {
            throw new InvalidModelException(source + " holds no " + ModelManifest.FILE_NAME
                    + " (looked at the top and one folder down), so it is not a NeuralIJ model.");
        }
        if (candidates.size() > 1) {
            throw new InvalidModelException(source + " holds several models ("
                    + candidates.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
                    + "). Install them one at a time, from their own folders.");
        }
        return candidates.get(0);
    }

    /** A visible folder with a model.json; skips macOS's "__MACOSX" and hidden (e.g. staging) folders. */
    static boolean isModelFolder(Path folder) {
        String name = folder.getFileName().toString();
        return !name.startsWith(".") && !name.equals("__MACOSX") && Files.isDirectory(folder)
                && Files.isRegularFile(folder.resolve(ModelManifest.FILE_NAME));
    }
}
