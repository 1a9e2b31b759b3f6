package org.neuralij.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Copying and deleting folder trees. */
final class FileTrees {

    private FileTrees() {
    }

    /** Copies the files under {@code from} into the new folder {@code to}, counting bytes and files. */
    static void copy(Path from, Path to, ByteBudget budget, int maxFiles) throws IOException {
        Files.createDirectories(to);
        int[] files = {0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (++files[0] > maxFiles) {
                    throw new InvalidModelException("The folder " + from + " holds more than " + maxFiles
                            + " files, far more than a model has; it was not installed. Choose the model's own folder.");
                }
                try (InputStream in = Files.newInputStream(file)) {
                    budget.copy(in, to.resolve(from.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a folder tree as far as possible; what cannot be deleted is left (staging folders are hidden). */
    static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> paths = Files.walk(root)) {
            deepestFirst = paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path path : deepestFirst) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // keep going: delete whatever else we can
            }
        }
    }
}
