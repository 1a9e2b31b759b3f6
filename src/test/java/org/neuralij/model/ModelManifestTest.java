package org.neuralij.model;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.ModelManifest.Architecture;
import org.neuralij.model.ModelManifest.InputSpec;
import org.neuralij.model.ModelManifest.NormalizationSpec;
import org.neuralij.model.ModelManifest.OutputSpec;
import org.neuralij.model.ModelManifest.Provenance;
import org.neuralij.model.ModelManifest.Weights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelManifestTest {

    private static final String ORIGIN = "/models/test/model.json";
    private static final String SHA = "9f2c".repeat(16);

    private static ModelManifest fullManifest() {
        return new ModelManifest(1, "denoise-gray", ModelKind.RESTORE, "1.0.0", "Removes Gaussian noise.",
                new Architecture("builtin", "dncnn", Map.of("depth", 8.0, "width", 32.0, "slope", 0.2)),
                new Weights("sub/dncnn-0000.params", SHA),
                new InputSpec(1, "CYX", NormalizationSpec.fixed(0, 255), 8, 16, 16),
                new OutputSpec(1, 2, OutputKind.IMAGE),
                new Provenance("BSD68 noisy crops", "MIT", "train.py", 20, "6 min on 2 CPU cores",
                        "PSNR 29.1 dB", null));
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        ModelManifest manifest = fullManifest();
        String json = manifest.toJson();
        assertEquals(manifest, ModelManifest.parse(json, ORIGIN));
        assertTrue(json.contains("\"depth\": 8"), json);
        assertTrue(json.contains("\n  "), "pretty-printed");
    }

    @Test
    void roundTripsPercentileWithoutProvenance() throws Exception {
        ModelManifest manifest = ModelManifest.parse(TestModels.manifestJson("m", "1", SHA), ORIGIN);
        assertEquals(manifest, ModelManifest.parse(manifest.toJson(), ORIGIN));
    }

    private static ModelManifest translationManifest() {
        ModelManifest one = fullManifest();
        return new ModelManifest(1, "zebras", ModelKind.TRANSLATE, "1.3", null,
                new Architecture("builtin", "resnet-generator", Map.of("inChannels", 1.0, "outChannels", 3.0, "width", 16.0)),
                new Weights("weights-3.params", SHA), new InputSpec(1, "CYX", NormalizationSpec.percentile(1, 99.8)
                        .withRange(NormalizationSpec.SYMMETRIC_RANGE), 4, 4, 32),
                new OutputSpec(3, 1, OutputKind.IMAGE), one.provenance(), new Weights("reverse-3.params", "ab".repeat(32)));
    }

    @Test
    void aTranslationModelKeepsItsReverseNetworkAndSymmetricRangeThroughJson() throws Exception {
        ModelManifest manifest = translationManifest();
        String json = manifest.toJson();
        assertTrue(json.contains("\"reverse\": {") && json.contains("\"range\": \"-1..1\""), json);
        ModelManifest read = ModelManifest.parse(json, ORIGIN);
        assertEquals(manifest, read);
        assertTrue(read.input().normalization().symmetric());
        assertFalse(fullManifest().toJson().contains("range"), "the default range 0..1 is not written");
    }

    @Test
    void theReverseDirectionIsTheReverseWeightsWithChannelsSwapped() {
        ModelManifest backwards = translationManifest().forDirection(Direction.B_TO_A);
        assertEquals("reverse-3.params", backwards.weights().file());
        assertEquals(3, backwards.input().channels());
        assertEquals(1, backwards.output().channels());
        assertEquals(3.0, backwards.architecture().params().get("inChannels"));
        assertEquals(1.0, backwards.architecture().params().get("outChannels"));
        assertEquals(16.0, backwards.architecture().params().get("width"));
        assertEquals(translationManifest(), translationManifest().forDirection(Direction.A_TO_B));
    }

    @Test
    void refusesAReverseNetworkOutsideTranslationAndBadRanges() {
        assertRefused(root -> root.add("reverse", weights(root).deepCopy()), "\"reverse\"", "task \"translate\" only", "\"restore\"");
        assertRefusedTranslation(root -> root.getAsJsonObject("reverse").addProperty("file", "weights-3.params"),
                "\"reverse.file\"", "another file");
        assertRefusedTranslation(root -> root.getAsJsonObject("reverse").addProperty("file", "../w.params"), "\"reverse.file\"", "..");
        assertRefusedTranslation(root -> root.getAsJsonObject("reverse").remove("sha256"), "\"reverse.sha256\" is missing");
        assertRefusedTranslation(root -> root.getAsJsonObject("reverse").addProperty("size", 3), "unknown field \"reverse.size\"");
        assertRefused(root -> normalization(root).addProperty("range", "0..255"), "\"input.normalization.range\"", "-1..1");
        assertRefused(root -> {
            JsonObject none = normalization(root);
            none.addProperty("method", "none");
            none.addProperty("range", "-1..1");
        }, "\"input.normalization.range\" does not apply");
    }

    private static void assertRefusedTranslation(Consumer<JsonObject> change, String... expectedParts) {
        JsonObject root = JsonParser.parseString(translationManifest().toJson()).getAsJsonObject();
        change.accept(root);
        assertContains(assertThrows(InvalidModelException.class, () -> ModelManifest.parse(root.toString(), ORIGIN)), expectedParts);
    }

    @Test
    void appliesTheDocumentedDefaults() throws Exception {
        ModelManifest manifest = ModelManifest.parse(TestModels.manifestJson("m", "1", SHA.toUpperCase()), ORIGIN);
        InputSpec input = manifest.input();
        assertEquals("CYX", input.axes());
        assertEquals(1.0, input.normalization().low());
        assertEquals(99.8, input.normalization().high());
        assertEquals(1, input.sizeMultiple());
        assertEquals(1, input.minSize());
        assertEquals(0, input.halo());
        assertEquals(1, manifest.output().scale());
        assertEquals(SHA, manifest.weights().sha256(), "stored lower-case");
        assertNull(manifest.description());
        assertTrue(manifest.provenance().isEmpty());
        assertTrue(manifest.architecture().isTorchScript());
        assertTrue(manifest.architecture().params().isEmpty());
    }

    @Test
    void readsTheFileNamedInTheDoc(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("model.json"), "\uFEFF" + fullManifest().toJson());
        assertEquals(fullManifest(), ModelManifest.read(file));
    }

    @Test
    void intParamReadsWholeNumbersOnly() {
        Architecture architecture = fullManifest().architecture();
        assertEquals(8, architecture.intParam("depth", 3));
        assertEquals(3, architecture.intParam("missing", 3));
        assertEquals(0.2, architecture.doubleParam("slope", 0));
        assertThrows(IllegalArgumentException.class, () -> architecture.intParam("slope", 1));
    }

    @Test
    void refusesUnknownFieldsNamingTheKnownOnes() {
        assertRefused(root -> root.add("nmae", new JsonPrimitive("x")), "unknown field \"nmae\"", ORIGIN,
                "format, name, task");
        assertRefused(root -> input(root).addProperty("chanels", 1), "\"input.chanels\"", "channels, axes");
        assertRefused(root -> normalization(root).addProperty("lo", 1), "\"input.normalization.lo\"", "low, high");
    }

    @Test
    void refusesMissingRequiredFieldsNamingThemAll() {
        assertRefused(root -> {
            root.remove("task");
            root.remove("version");
        }, "\"task\", \"version\"", "missing");
        assertRefused(root -> input(root).remove("channels"), "\"input.channels\" is missing");
        assertRefused(root -> normalization(root).remove("method"), "\"input.normalization.method\"");
        assertRefused(root -> root.getAsJsonObject("architecture").remove("name"), "\"architecture.name\"");
    }

    @Test
    void refusesWrongTypes() {
        assertRefused(root -> input(root).addProperty("channels", "1"), "\"input.channels\"", "number");
        assertRefused(root -> input(root).addProperty("channels", 1.5), "whole number");
        assertRefused(root -> root.addProperty("version", 1), "\"version\"", "text");
        assertRefused(root -> root.add("input", new JsonPrimitive(3)), "\"input\"", "JSON object");
    }

    @Test
    void refusesValuesOutsideTheFormat() {
        assertRefused(root -> root.addProperty("format", 2), "\"format\"", "is 2", "format 1");
        assertRefused(root -> root.addProperty("task", "paint"), "\"task\"", "\"paint\"", "restore");
        assertRefused(root -> output(root).addProperty("kind", "mask"), "\"output.kind\"", "probabilities");
        assertRefused(root -> root.getAsJsonObject("architecture").addProperty("type", "onnx"),
                "\"architecture.type\"", "torchscript, builtin");
        assertRefused(root -> normalization(root).addProperty("method", "zscore"), "\"zscore\"", "percentile");
        assertRefused(root -> input(root).addProperty("axes", "YXC"), "\"input.axes\"", "CYX");
        assertRefused(root -> root.addProperty("name", "my model"), "\"name\"", "letters, digits");
        assertRefused(root -> normalization(root).addProperty("high", 120), "\"input.normalization.high\"");
        assertRefused(root -> normalization(root).addProperty("min", 0), "\"input.normalization.min\" does not apply");
        assertRefused(root -> root.getAsJsonObject("architecture").addProperty("type", "torchscript"),
                "\"architecture.name\"", "builtin architectures only");
    }

    @Test
    void refusesSizesOutOfRange() {
        assertRefused(root -> input(root).addProperty("channels", 0), "\"input.channels\"", "at least 1", "is 0");
        assertRefused(root -> output(root).addProperty("channels", 0), "\"output.channels\"", "at least 1");
        assertRefused(root -> output(root).addProperty("scale", 0), "\"output.scale\"", "at least 1");
        assertRefused(root -> input(root).addProperty("sizeMultiple", 0), "\"input.sizeMultiple\"", "at least 1");
        assertRefused(root -> input(root).addProperty("halo", -1), "\"input.halo\"", "at least 0");
    }

    @Test
    void refusesWeightsOutsideTheFolderAndBadChecksums() {
        assertRefused(root -> weights(root).addProperty("file", "/etc/passwd"), "\"weights.file\"", "relative");
        assertRefused(root -> weights(root).addProperty("file", "../other/w.pt"), "\"weights.file\"", "..");
        assertRefused(root -> weights(root).addProperty("file", "a/../../w.pt"), "must not leave the model folder");
        assertRefused(root -> weights(root).addProperty("sha256", "abc123"), "\"weights.sha256\"", "64");
        assertRefused(root -> weights(root).addProperty("sha256", "g".repeat(64)), "\"weights.sha256\"");
    }

    @Test
    void refusesInvalidJsonWithThePosition() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> ModelManifest.parse("{\n  \"format\": 1,\n  \"name\" \"x\"\n}", ORIGIN));
        assertContains(e, ORIGIN, "not valid JSON", "line 3");
        assertContains(assertThrows(InvalidModelException.class,
                () -> ModelManifest.parse("{ \"format\": 1, \"format\": 1 }", ORIGIN)), "\"format\" twice");
        assertContains(assertThrows(InvalidModelException.class, () -> ModelManifest.parse("{} {}", ORIGIN)),
                "not valid JSON");
        assertContains(assertThrows(InvalidModelException.class, () -> ModelManifest.parse("", ORIGIN)), "empty");
        assertContains(assertThrows(InvalidModelException.class, () -> ModelManifest.parse("[1]", ORIGIN)),
                "JSON object");
    }

    @Test
    void reportsAMissingFile(@TempDir Path dir) {
        assertContains(assertThrows(InvalidModelException.class,
                () -> ModelManifest.read(dir.resolve("model.json"))), "no model file", "reinstall");
    }

    private static void assertRefused(Consumer<JsonObject> change, String... expectedParts) {
        JsonObject root = JsonParser.parseString(fullManifest().toJson()).getAsJsonObject();
        change.accept(root);
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> ModelManifest.parse(root.toString(), ORIGIN));
        assertContains(e, expectedParts);
        assertContains(e, ORIGIN);
    }

    static void assertContains(Exception e, String... expectedParts) {
        for (String part : expectedParts) {
            assertTrue(e.getMessage().contains(part), "expected \"" + part + "\" in: " + e.getMessage());
        }
        assertFalse(e.getMessage().isBlank());
    }

    private static JsonObject input(JsonObject root) {
        return root.getAsJsonObject("input");
    }

    /** Replaces the normalisation by a percentile one, so that "low" and "high" apply. */
    private static JsonObject normalization(JsonObject root) {
        JsonObject percentile = new JsonObject();
        percentile.addProperty("method", "percentile");
        input(root).add("normalization", percentile);
        return percentile;
    }

    private static JsonObject weights(JsonObject root) {
        return root.getAsJsonObject("weights");
    }

    private static JsonObject output(JsonObject root) {
        return root.getAsJsonObject("output");
    }
}
