package org.neuralij.train.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The images directly inside one folder (subfolders are not searched), sorted by file name. Files are
 * recognised by extension ({@link #EXTENSIONS}, case-insensitive); hidden files (starting with ".") are skipped.
 */
public final class ImageFolder {

    /** Extensions of the formats ImageJ 1.x reads by itself. */
    public static final List<String> EXTENSIONS =
            List.of("tif", "tiff", "png", "jpg", "jpeg", "gif", "bmp", "pgm", "fits", "dcm");

    private final Path folder;
    private final List<Path> files;

    private ImageFolder(Path folder, List<Path> files) {
        this.folder = folder;
        this.files = files;
    }

    public static ImageFolder open(Path folder) {
        if (!Files.exists(folder)) {
            throw new IllegalArgumentException("The image folder " + folder + " does not exist: check the path.");
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is a file, not a folder: give the folder that holds"
                    + " the training images.");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(Files::isRegularFile).filter(ImageFolder::looksLikeImage)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the image folder " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("The folder " + folder + " holds no image that ImageJ can read"
                    + " (looked for files ending in ." + String.join(", .", EXTENSIONS)
                    + "; subfolders are not searched). Put the training images directly in this folder.");
        }
        return new ImageFolder(folder, List.copyOf(files));
    }

    public Path folder() {
        return folder;
    }

    public List<Path> files() {
        return files;
    }

    /**
     * Reads every image (stacks give one image per slice) and checks that all have the same bit depth and
     * channel count, naming one file of each kind if not.
     */
    public List<TrainingImage> readImages() {
        List<TrainingImage> images = new ArrayList<>();
        for (Path file : files) {
            images.addAll(TrainingImage.read(file));
        }
        requireOneKind(images);
        return images;
    }

    /** The file name without its last extension: the key that pairs input and target files. */
    public static String baseName(Path file) {
        return baseName(file.getFileName().toString());
    }

    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static boolean looksLikeImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0
                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private void requireOneKind(List<TrainingImage> images) {
        Map<String, String> exampleOfKind = new LinkedHashMap<>();
        for (TrainingImage image : images) {
            exampleOfKind.putIfAbsent(image.kind(), image.fileName());
        }
        if (exampleOfKind.size() > 1) {
            String examples = exampleOfKind.entrySet().stream()
                    .map(e -> "'" + e.getValue() + "' is " + e.getKey())
                    .collect(Collectors.joining("; "));
            throw new IllegalArgumentException("The folder " + folder + " mixes images of different bit depths"
                    + " or channel counts: " + examples + ". Convert all its images to one type (e.g. with"
                    + " Image > Type) so the model sees one kind of input.");
        }
    }
}
