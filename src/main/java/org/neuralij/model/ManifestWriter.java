package org.neuralij.model;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.neuralij.model.ModelManifest.Architecture;
import org.neuralij.model.ModelManifest.InputSpec;
import org.neuralij.model.ModelManifest.NormalizationSpec;
import org.neuralij.model.ModelManifest.Provenance;
import org.neuralij.model.ModelManifest.Weights;

import java.util.Map;

/** Writes a manifest as pretty-printed model.json, leaving out absent optional fields. */
final class ManifestWriter {

    private ManifestWriter() {
    }

    static String toJson(ModelManifest manifest) {
        JsonObject root = new JsonObject();
        root.addProperty("format", manifest.format());
        root.addProperty("name", manifest.name());
        root.addProperty("task", manifest.task().key());
        root.addProperty("version", manifest.version());
        addIfPresent(root, "description", manifest.description());
        root.add("architecture", architecture(manifest.architecture()));
        root.add("weights", weights(manifest.weights()));
        if (manifest.hasReverse()) {
            root.add("reverse", weights(manifest.reverse()));
        }
        root.add("input", input(manifest.input()));
        JsonObject output = new JsonObject();
        output.addProperty("channels", manifest.output().channels());
        output.addProperty("scale", manifest.output().scale());
        output.addProperty("kind", manifest.output().kind().key());
        root.add("output", output);
        Provenance provenance = manifest.provenance();
        if (provenance != null && !provenance.isEmpty()) {
            root.add("provenance", provenance(provenance));
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    private static JsonObject weights(Weights weights) {
        JsonObject json = new JsonObject();
        json.addProperty("file", weights.file());
        json.addProperty("sha256", weights.sha256());
        return json;
    }

    private static JsonObject architecture(Architecture architecture) {
        JsonObject json = new JsonObject();
        json.addProperty("type", architecture.type());
        addIfPresent(json, "name", architecture.name());
        if (!architecture.params().isEmpty()) {
            JsonObject params = new JsonObject();
            for (Map.Entry<String, Double> param : architecture.params().entrySet()) {
                params.add(param.getKey(), number(param.getValue()));
            }
            json.add("params", params);
        }
        return json;
    }

    private static JsonObject input(InputSpec input) {
        JsonObject json = new JsonObject();
        json.addProperty("channels", input.channels());
        json.addProperty("axes", input.axes());
        json.add("normalization", normalization(input.normalization()));
        json.addProperty("sizeMultiple", input.sizeMultiple());
        json.addProperty("minSize", input.minSize());
        json.addProperty("halo", input.halo());
        return json;
    }

    private static JsonObject normalization(NormalizationSpec normalization) {
        JsonObject json = new JsonObject();
        json.addProperty("method", normalization.method().key());
        addIfNumber(json, "low", normalization.low());
        addIfNumber(json, "high", normalization.high());
        addIfNumber(json, "min", normalization.min());
        addIfNumber(json, "max", normalization.max());
        if (normalization.symmetric()) {
            json.addProperty("range", normalization.range());
        }
        return json;
    }

    private static JsonObject provenance(Provenance provenance) {
        JsonObject json = new JsonObject();
        addIfPresent(json, "trainingData", provenance.trainingData());
        addIfPresent(json, "licence", provenance.licence());
        addIfPresent(json, "recipe", provenance.recipe());
        if (provenance.epochs() != null) {
            json.addProperty("epochs", provenance.epochs());
        }
        addIfPresent(json, "trainingTime", provenance.trainingTime());
        addIfPresent(json, "quality", provenance.quality());
        addIfPresent(json, "notes", provenance.notes());
        if (provenance.divergences() != null) {
            json.addProperty("divergences", provenance.divergences());
        }
        return json;
    }

    private static void addIfPresent(JsonObject json, String key, String value) {
        if (value != null) {
            json.addProperty(key, value);
        }
    }

    private static void addIfNumber(JsonObject json, String key, double value) {
        if (!Double.isNaN(value)) {
            json.add(key, number(value));
        }
    }

    /** Whole numbers are written without ".0", as a person would write "depth": 8. */
    private static JsonPrimitive number(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return whole ? new JsonPrimitive((long) value) : new JsonPrimitive(value);
    }
}
