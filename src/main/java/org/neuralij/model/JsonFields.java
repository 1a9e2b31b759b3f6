package org.neuralij.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed, strict access to one JSON object of a manifest: refuses unknown and missing fields and wrong types, naming
 * the field by its dotted path (e.g. "input.channels") and the file it came from.
 */
final class JsonFields {

    private static final String ADVICE = " Correct the file, or get a fixed copy of the model from its author.";

    private final JsonObject object;
    private final String path;
    private final String origin;

    private JsonFields(JsonObject object, String path, String origin) {
        this.object = object;
        this.path = path;
        this.origin = origin;
    }

    static JsonFields root(JsonElement root, String origin, List<String> knownFields) throws InvalidModelException {
        if (!root.isJsonObject()) {
            throw new InvalidModelException("The model file " + origin
                    + " must hold one JSON object ({ ... }), but holds something else." + ADVICE);
        }
        return new JsonFields(root.getAsJsonObject(), "", origin).allowOnly(knownFields);
    }

    JsonFields object(String key, List<String> knownFields) throws InvalidModelException {
        JsonElement value = object.get(key);
        if (!value.isJsonObject()) {
            throw invalid(key, "must be a JSON object ({ ... })");
        }
        return new JsonFields(value.getAsJsonObject(), qualified(key), origin).allowOnly(knownFields);
    }

    JsonFields require(String... keys) throws InvalidModelException {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!has(key)) {
                missing.add('"' + qualified(key) + '"');
            }
        }
        if (!missing.isEmpty()) {
            throw problem("the required field" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing.");
        }
        return this;
    }

    /** JSON null counts as absent. */
    boolean has(String key) {
        return object.has(key) && !object.get(key).isJsonNull();
    }

    String string(String key) throws InvalidModelException {
        JsonElement value = object.get(key);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw invalid(key, "must be text in double quotes, but is " + value);
        }
        return value.getAsString();
    }

    String optionalString(String key) throws InvalidModelException {
        return has(key) ? string(key) : null;
    }

    String choice(String key, List<String> allowed) throws InvalidModelException {
        String value = string(key);
        if (!allowed.contains(value)) {
            throw invalid(key, "must be one of " + String.join(", ", allowed) + ", but is \"" + value + "\"");
        }
        return value;
    }

    double number(String key) throws InvalidModelException {
        return number(key, object.get(key));
    }

    double optionalNumber(String key, double defaultValue) throws InvalidModelException {
        return has(key) ? number(key) : defaultValue;
    }

    int integer(String key, int atLeast) throws InvalidModelException {
        BigDecimal value = decimal(key, object.get(key));
        int whole;
        try {
            whole = value.intValueExact();
        } catch (ArithmeticException e) {
            throw invalid(key, "must be a whole number, but is " + value.toPlainString());
        }
        if (whole < atLeast) {
            throw invalid(key, "must be at least " + atLeast + ", but is " + whole);
        }
        return whole;
    }

    int optionalInteger(String key, int atLeast, int defaultValue) throws InvalidModelException {
        return has(key) ? integer(key, atLeast) : defaultValue;
    }

    Integer optionalIntegerOrNull(String key, int atLeast) throws InvalidModelException {
        return has(key) ? integer(key, atLeast) : null;
    }

    /** An object whose values are all numbers; empty if absent. */
    Map<String, Double> numberMap(String key) throws InvalidModelException {
        Map<String, Double> numbers = new LinkedHashMap<>();
        if (!has(key)) {
            return numbers;
        }
        JsonElement value = object.get(key);
        if (!value.isJsonObject()) {
            throw invalid(key, "must be a JSON object of numbers, e.g. { \"depth\": 8 }");
        }
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            numbers.put(entry.getKey(), number(key + "." + entry.getKey(), entry.getValue()));
        }
        return numbers;
    }

    InvalidModelException invalid(String key, String problem) {
        return problem("the field \"" + qualified(key) + "\" " + problem + ".");
    }

    InvalidModelException problem(String problem) {
        return new InvalidModelException("Invalid model file " + origin + ": " + problem + ADVICE);
    }

    private JsonFields allowOnly(List<String> knownFields) throws InvalidModelException {
        for (String key : object.keySet()) {
            if (!knownFields.contains(key)) {
                throw problem("unknown field \"" + qualified(key) + "\" (check its spelling; the fields allowed "
                        + (path.isEmpty() ? "at the top level" : "in \"" + path + "\"") + " are "
                        + String.join(", ", knownFields) + ").");
            }
        }
        return this;
    }

    private double number(String key, JsonElement value) throws InvalidModelException {
        double number = decimal(key, value).doubleValue();
        if (!Double.isFinite(number)) {
            throw invalid(key, "is too large");
        }
        return number;
    }

    private BigDecimal decimal(String key, JsonElement value) throws InvalidModelException {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw invalid(key, "must be a number (without quotes), but is " + value);
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        return primitive.getAsBigDecimal();
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
