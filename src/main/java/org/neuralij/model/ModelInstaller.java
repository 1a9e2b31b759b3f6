package org.neuralij.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Installs a model into the user's model folder. The model is unpacked into a hidden staging folder, checked
 * (manifest and weights' SHA-256), and only then moved into place atomically; on any failure the staging folder is
 * deleted and a previously installed model of the same name is kept.
 */
public final class ModelInstaller {

    public static final long DEFAULT_MAX_EXPANDED_BYTES = 4L * 1024 * 1024 * 1024;
    public static final int DEFAULT_MAX_ENTRIES = 1000;

    /** Staging folders start with "." so that the registry never lists a half-installed model. */
    static final String STAGING_PREFIX = ".installing-";

    private final Path userFolder;
    private final long maxExpandedBytes;
    private final int maxEntries;

    public ModelInstaller(Path userFolder, long maxExpandedBytes) {
        this(userFolder, maxExpandedBytes, DEFAULT_MAX_ENTRIES);
    }

    public ModelInstaller(Path userFolder, long maxExpandedBytes, int maxEntries) {
        this.userFolder = userFolder.toAbsolutePath().normalize();
        this.maxExpandedBytes = maxExpandedBytes;
        this.maxEntries = maxEntries;
    }

    /** @param source a model folder, a model.json, a .zip file, or an http(s) URL of a .zip; never modified */
    public ModelPackage install(String source) throws IOException {
        String trimmed = source.trim();
        Path staging = createStagingFolder();
        try {
            Path model = ModelFolderLocator.locate(stage(trimmed, staging), trimmed);
            ModelPackage candidate = ModelPackage.open(model);
            candidate.verifyWeights();
            return publish(candidate, staging);
        } finally {
            FileTrees.deleteQuietly(staging);
        }
    }

    private Path createStagingFolder() throws IOException {
        try {
            Files.createDirectories(userFolder);
            return Files.createTempDirectory(userFolder, STAGING_PREFIX);
        } catch (IOException e) {
            throw new IOException("Cannot write to the model folder " + userFolder + " (" + e
                    + "). Check its permissions, or choose another folder with the system property "
                    + StandardModelFolders.MODELS_DIR_PROPERTY + ".", e);
        }
    }

    /** Puts the source's content into {@code staging/content}, which is returned. */
    private Path stage(String source, Path staging) throws IOException {
        Path content = staging.resolve("content");
        if (HttpDownloader.isUrl(source)) {
            Path zip = staging.resolve("download.zip");
            new HttpDownloader(maxExpandedBytes).download(source, zip);
            unzip(zip, source, content);
            return content;
        }
        Path path = localPath(source);
        if (Files.isDirectory(path)) {
            copyFolder(path, content);
        } else if (hasExtension(path, ".json")) {
            copyFolder(path.toAbsolutePath().getParent(), content);
        } else if (hasExtension(path, ".zip")) {
            unzip(path, source, content);
        } else {
            throw new IOException("Cannot install " + source + ": give a model folder, its model.json, "
                    + "a .zip file of the model, or an http(s):// address of such a .zip.");
        }
        return content;
    }

    private static Path localPath(String source) throws IOException {
        Path path;
        try {
            path = Path.of(source);
        } catch (InvalidPathException e) {
            throw new IOException("Cannot install " + source + ": it is not a valid file path or URL.", e);
        }
        if (!Files.exists(path)) {
            throw new IOException("Cannot install " + source + ": there is no such file or folder. Check the path.");
        }
        return path;
    }

    private void copyFolder(Path folder, Path content) throws IOException {
        Path from = folder.toAbsolutePath().normalize();
        if (userFolder.startsWith(from)) {
            throw new IOException("Cannot install " + from + ": it contains the model folder " + userFolder
                    + " itself. Choose the model's own folder.");
        }
        FileTrees.copy(from, content, new ByteBudget(maxExpandedBytes, "The folder " + from), maxEntries);
    }

    private void unzip(Path zip, String source, Path content) throws IOException {
        Files.createDirectories(content);
        new SafeUnzipper(maxExpandedBytes, maxEntries).unzip(zip, source, content);
    }

    /** Moves the verified model to {@code userFolder/name}; an existing one is set aside and restored on failure. */
    private ModelPackage publish(ModelPackage candidate, Path staging) throws IOException {
        Path target = userFolder.resolve(candidate.name());
        // Beside, not inside, the staging folder: if restoring it fails, it must survive the staging clean-up.
        Path previous = staging.resolveSibling(staging.getFileName() + "-previous");
        boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        try {
            if (replacing) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(candidate.folder(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (replacing && Files.exists(previous) && !Files.exists(target)) {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw new IOException("Could not move the model \"" + candidate.name() + "\" into " + target + " ("
                    + e + "). Check the folder's permissions and try again.", e);
        }
        FileTrees.deleteQuietly(previous);
        return ModelPackage.open(target);
    }

    private static boolean hasExtension(Path path, String extension) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }
}
