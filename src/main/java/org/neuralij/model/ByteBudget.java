package org.neuralij.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Copies streams to files while counting the bytes actually written against a limit, so that an archive or download
 * cannot fill the disk whatever its headers claim.
 */
final class ByteBudget {

    private final long limit;
    private final String source;
    private long used;

    /** @param source what is being copied, named in the message when the limit is exceeded */
    ByteBudget(long limit, String source) {
        this.limit = limit;
        this.source = source;
    }

    void copy(InputStream in, Path target) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                used += read;
                if (used > limit) {
                    throw new InvalidModelException(source + " is larger than the limit of " + megabytes(limit)
                            + "; it was not installed (it may be damaged or not a model). If it is a genuine model, "
                            + "install it with a larger size limit.");
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
