package org.neuralij.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * Parses standard JSON only (no comments, single quotes or trailing text) and refuses duplicate keys, which Gson's
 * tree parser would silently overwrite.
 */
final class StrictJson {

    private StrictJson() {
    }

    static JsonElement parse(String json, String origin) throws InvalidModelException {
        if (json.isBlank()) {
            throw new InvalidModelException("The model file " + origin + " is empty. Reinstall the model.");
        }
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement root = read(reader, origin);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("unexpected text after the end of the JSON " + position(reader));
            }
            return root;
        } catch (InvalidModelException e) {
            throw e;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new InvalidModelException("The model file " + origin + " is not valid JSON: " + firstLine(e)
                    + ". Correct it (a JSON checker shows the exact spot), or reinstall the model.", e);
        }
    }

    private static JsonElement read(JsonReader reader, String origin) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT:
                return readObject(reader, origin);
            case BEGIN_ARRAY:
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader, origin));
                }
                reader.endArray();
                return array;
            case STRING:
                return new JsonPrimitive(reader.nextString());
            case NUMBER:
                return new JsonPrimitive(new BigDecimal(reader.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new IOException("unexpected " + reader.peek() + " " + position(reader));
        }
    }

    private static JsonObject readObject(JsonReader reader, String origin) throws IOException {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
            String key = reader.nextName();
            if (object.has(key)) {
                throw new InvalidModelException("The model file " + origin + " gives the field \"" + key
                        + "\" twice " + position(reader) + ". Keep only one of them.");
            }
            object.add(key, read(reader, origin));
        }
        reader.endObject();
        return object;
    }

    /** "at line L column C path $.x", as Gson words it. */
    private static String position(JsonReader reader) {
        return reader.toString().replaceFirst("^JsonReader ", "");
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
