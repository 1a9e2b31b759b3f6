package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.neuralij.model.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The inputs and loss values PyTorch computed in src/test/resources/fixtures/loss (made by make_loss_fixtures.py). */
final class LossReference {

    private final JsonObject shapes = json("loss/shapes.json");
    private final JsonObject values = json("loss/values.json");

    private static JsonObject json(String fixture) {
        try {
            return JsonParser.parseString(Files.readString(Fixtures.folder(fixture), StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    NDArray load(NDManager manager, String name) {
        JsonArray dims = shapes.getAsJsonArray(name);
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) shape[i] = dims.get(i).getAsLong();
        return manager.create(Fixtures.floats("loss/" + name + ".f32"), new Shape(shape));
    }

    float[] floats(String name) {
        return Fixtures.floats("loss/" + name + ".f32");
    }

    /** Within 1e-5, or 1e-4 of the value when it is large. */
    void assertMatches(String name, NDArray actual) {
        assertEquals(new Shape(), actual.getShape(), name + " is a scalar");
        double expected = values.get(name).getAsDouble();
        assertEquals(expected, actual.getFloat(), Math.max(1e-5, 1e-4 * Math.abs(expected)), name);
    }

    /** The script's stand-in feature network: the input of each of two average-pooling stages and the last output. */
    static NDList twoPoolingStages(NDArray images) {
        NDArray first = images.mul(2).sub(1);
        NDArray second = halve(first);
        return new NDList(first, second, halve(second));
    }

    private static NDArray halve(NDArray x) {
        return Pool.avgPool2d(x, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false, true);
    }
}
