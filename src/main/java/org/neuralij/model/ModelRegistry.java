package org.neuralij.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds models by name in an ordered list of folders (earlier folders win on a name clash), or by path. A model is
 * a sub-folder holding a model.json; its name is the manifest's {@code name} (the folder's name also matches).
 */
public final class ModelRegistry {

    private final List<Path> searchFolders;
    private final List<Path> userFolderCandidates;

    /** Every folder may receive installed models; {@link #userFolder()} is the first writable one. */
    public ModelRegistry(List<Path> searchFolders) {
        this(searchFolders, searchFolders);
    }

    private ModelRegistry(List<Path> searchFolders, List<Path> userFolderCandidates) {
        this.searchFolders = normalized(searchFolders);
        this.userFolderCandidates = normalized(userFolderCandidates);
    }

    /**
     * The user folders ({@code neuralij.models.dir}, {@code NEURALIJ_MODELS} or {@code ~/.neuralij/models}), then
     * the bundled models ({@code neuralij.bundled.models}, {@code models/} beside the plugins folder, or
     * {@code ./models}).
     */
    public static ModelRegistry standard() {
        StandardModelFolders folders = StandardModelFolders.detect();
        List<Path> all = new ArrayList<>(folders.userFolders());
        all.addAll(folders.bundledFolders());
        return new ModelRegistry(all, folders.userFolders());
    }

    public List<Path> searchFolders() {
        return searchFolders;
    }

    /** Where installs go: the first user folder that exists writable or can be created. */
    public Path userFolder() {
        if (userFolderCandidates.isEmpty()) {
            throw new IllegalStateException("This model registry has no folder to install models into.");
        }
        return userFolderCandidates.stream().filter(ModelRegistry::isWritableOrCreatable).findFirst()
                .orElse(userFolderCandidates.get(0));
    }

    /** All valid models, sorted by name; broken ones are skipped (see {@link #brokenModels()}). */
    public List<ModelPackage> list() {
        Map<String, ModelPackage> byName = new LinkedHashMap<>();
        for (Path folder : searchFolders) {
            for (Path modelFolder : modelFolders(folder)) {
                try {
                    ModelPackage model = ModelPackage.open(modelFolder);
                    byName.putIfAbsent(model.name(), model);
                } catch (InvalidModelException e) {
                    // skipped here; brokenModels() and find() report it
                }
            }
        }
        return byName.values().stream().sorted(Comparator.comparing(ModelPackage::name)).collect(Collectors.toList());
    }

    /** Model folders that cannot be read, with the reason, for showing beside {@link #list()}. */
    public Map<Path, String> brokenModels() {
        Map<Path, String> broken = new LinkedHashMap<>();
        for (Path folder : searchFolders) {
            for (Path modelFolder : modelFolders(folder)) {
                try {
                    ModelPackage.open(modelFolder);
                } catch (InvalidModelException e) {
                    broken.put(modelFolder, e.getMessage());
                }
            }
        }
        return broken;
    }

    /**
     * @param nameOrPath a model name, or the path of a model folder, a model.json or a .zip (a .zip is unpacked into
     *                   a temporary folder that is deleted when Java exits)
     */
    public ModelPackage find(String nameOrPath) throws IOException {
        String wanted = nameOrPath.trim();
        if (wanted.isEmpty()) {
            throw notFound(wanted);
        }
        if (looksLikePath(wanted)) {
            return openPath(wanted);
        }
        for (Path folder : searchFolders) {
            ModelPackage found = findIn(folder, wanted);
            if (found != null) {
                return found;
            }
        }
        if (isDirectory(wanted)) { // a folder in the working directory, given without "./"
            return ModelPackage.open(Path.of(wanted));
        }
        throw notFound(wanted);
    }

    /** The model of that name in one search folder, or null; a broken model folder of that name is reported. */
    private static ModelPackage findIn(Path folder, String name) throws InvalidModelException {
        InvalidModelException brokenNamesake = null;
        ModelPackage folderNameMatch = null;
        for (Path modelFolder : modelFolders(folder)) {
            boolean folderNameMatches = modelFolder.getFileName().toString().equals(name);
            try {
                ModelPackage model = ModelPackage.open(modelFolder);
                if (model.name().equals(name)) {
                    return model;
                }
                if (folderNameMatches) {
                    folderNameMatch = model;
                }
            } catch (InvalidModelException e) {
                if (folderNameMatches) {
                    brokenNamesake = e;
                }
            }
        }
        if (folderNameMatch != null) {
            return folderNameMatch;
        }
        if (brokenNamesake != null) {
            throw brokenNamesake;
        }
        return null;
    }

    private static ModelPackage openPath(String pathText) throws IOException {
        Path path;
        try {
            path = Path.of(pathText).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ModelNotFoundException("\"" + pathText + "\" is neither a model name nor a valid path.");
        }
        if (!Files.exists(path)) {
            throw new ModelNotFoundException("There is no model at " + path + ": no such file or folder. "
                    + "Check the path, or give the name of an installed model.");
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return TemporaryUnzip.open(path);
        }
        return ModelPackage.open(path);
    }

    private static boolean isDirectory(String pathText) {
        try {
            return Files.isDirectory(Path.of(pathText));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean looksLikePath(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return text.contains("/") || text.contains("\\") || lower.endsWith(".zip") || lower.endsWith(".json");
    }

    private ModelNotFoundException notFound(String name) {
        List<String> available = list().stream().map(ModelPackage::name).collect(Collectors.toList());
        String looked = searchFolders.stream()
                .map(folder -> folder + (Files.isDirectory(folder) ? "" : " (does not exist)"))
                .collect(Collectors.joining(", "));
        return new ModelNotFoundException("There is no model named \"" + name + "\". Available models: "
                + (available.isEmpty() ? "none" : String.join(", ", available)) + ". Looked in: "
                + (looked.isEmpty() ? "no folders" : looked) + ". Check the spelling, install the model first, "
                + "or give the path of its folder, model.json or .zip.");
    }

    /** Visible sub-folders holding a model.json, sorted by folder name; none if the folder does not exist. */
    private static List<Path> modelFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(ModelFolderLocator::isModelFolder).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            return List.of(); // an unreadable folder holds no models we can use
        }
    }

    private static boolean isWritableOrCreatable(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.isDirectory(existing) && Files.isWritable(existing);
    }

    private static List<Path> normalized(List<Path> folders) {
        Set<Path> unique = new LinkedHashSet<>();
        for (Path folder : folders) {
            unique.add(folder.toAbsolutePath().normalize());
        }
        return List.copyOf(unique);
    }
}
