package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.neuralij.model.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tensors PyTorch computed in src/test/resources/fixtures/nn (made by make_nn_fixtures.py). */
final class TorchReference {

    static final float TOLERANCE = 1e-5f;

    private final JsonObject shapes = readJson("shapes.json");
    private final JsonObject parameterCounts = readJson("parameter-counts.json");

    private static JsonObject readJson(String name) {
        try {
            return JsonParser.parseString(Files.readString(Fixtures.folder("nn/" + name), StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Trainable parameters of the PyTorch twin of a Java architecture. */
    long parameterCount(String architecture) {
        return parameterCounts.get(architecture).getAsLong();
    }

    NDArray load(NDManager manager, String name) {
        JsonArray dims = shapes.getAsJsonArray(name);
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) shape[i] = dims.get(i).getAsLong();
        return manager.create(Fixtures.floats("nn/" + name + ".f32"), new Shape(shape));
    }

    void assertMatches(String name, NDArray actual) {
        NDArray expected = load(actual.getManager(), name);
        assertEquals(expected.getShape(), actual.getShape(), name + " shape");
        assertArrayEquals(expected.toFloatArray(), actual.toFloatArray(), TOLERANCE, name);
    }
}
