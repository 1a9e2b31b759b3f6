package org.neuralij.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a .zip into a folder, refusing entries that would land outside it ("zip slip"), archives with too many
 * entries, and archives that expand beyond a byte limit (counted while writing, not taken from the headers).
 */
final class SafeUnzipper {

    private final long maxExpandedBytes;
    private final int maxEntries;

    SafeUnzipper(long maxExpandedBytes, int maxEntries) {
        this.maxExpandedBytes = maxExpandedBytes;
        this.maxEntries = maxEntries;
    }

    /** @param source the archive as the user named it (a path or URL), for messages */
    void unzip(Path zip, String source, Path folder) throws IOException {
        Path into = folder.toAbsolutePath().normalize();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(archive.entries());
            if (entries.size() > maxEntries) {
                throw new InvalidModelException("The archive " + source + " holds " + entries.size()
                        + " entries, more than the " + maxEntries + " a model may have; it was not installed.");
            }
            // Check every name before writing anything.
            for (ZipEntry entry : entries) {
                target(entry, source, into);
            }
            ByteBudget budget = new ByteBudget(maxExpandedBytes, "The archive " + source + " when unpacked");
            for (ZipEntry entry : entries) {
                Path target = target(entry, source, into);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        budget.copy(in, target);
                    }
                }
            }
        } catch (ZipException | IllegalArgumentException e) { // IllegalArgumentException: undecodable entry names
            throw new InvalidModelException("The file " + source + " is not a valid .zip archive or is damaged ("
                    + e.getMessage() + "). Download or copy it again.", e);
        }
    }

    private static Path target(ZipEntry entry, String source, Path into) throws InvalidModelException {
        String name = entry.getName().replace('\\', '/');
        Path target = into.resolve(name).normalize();
        boolean escapes = name.startsWith("/") || name.matches("^[A-Za-z]:.*")
                || Arrays.asList(name.split("/")).contains("..") || !target.startsWith(into);
        if (escapes) {
            throw new InvalidModelException("The archive " + source + " contains the entry \"" + entry.getName()
                    + "\", which points outside the model's folder; it was not installed, as such an archive "
                    + "could overwrite other files. Get the model from a trusted source.");
        }
        return target;
    }
}
