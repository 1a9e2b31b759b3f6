package org.neuralij.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The committed test fixtures (src/test/resources/fixtures), made by make_torchscript_fixtures.py. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path folder(String name) {
        try {
            return Paths.get(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException bad) {
            throw new IllegalStateException(bad);
        }
    }

    public static float[] floats(String file) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(folder(file))).order(ByteOrder.LITTLE_ENDIAN);
            float[] values = new float[bytes.remaining() / 4];
            bytes.asFloatBuffer().get(values);
            return values;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Copies a fixture model folder so that a test may change it. */
    public static Path copy(String name, Path target) throws IOException {
        Path destination = target.resolve(name);
        Files.createDirectories(destination);
        try (var files = Files.list(folder(name))) {
            for (Path file : (Iterable<Path>) files::iterator) Files.copy(file, destination.resolve(file.getFileName()));
        }
        return destination;
    }
}
