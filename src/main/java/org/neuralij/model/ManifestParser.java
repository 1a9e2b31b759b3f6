package org.neuralij.model;

import org.neuralij.model.ModelManifest.Architecture;
import org.neuralij.model.ModelManifest.InputSpec;
import org.neuralij.model.ModelManifest.NormalizationSpec;
import org.neuralij.model.ModelManifest.OutputSpec;
import org.neuralij.model.ModelManifest.Provenance;
import org.neuralij.model.ModelManifest.Weights;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads and checks a model.json strictly, field by field, as docs/model-package.md describes it. */
final class ManifestParser {

    static final List<String> ARCHITECTURE_TYPES = List.of(Architecture.TORCHSCRIPT, Architecture.BUILTIN);
    static final List<String> SUPPORTED_AXES = List.of("CYX");

    static final String DEFAULT_AXES = "CYX";
    static final double DEFAULT_LOW_PERCENTILE = 1.0;
    static final double DEFAULT_HIGH_PERCENTILE = 99.8;

    /** Starts with a letter or digit, so that a model folder is never hidden and never "." or "..". */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private static final List<String> TOP = List.of("format", "name", "task", "version", "description",
            "architecture", "weights", "input", "output", "provenance", "reverse");
    private static final List<String> ARCHITECTURE = List.of("type", "name", "params");
    private static final List<String> WEIGHTS = List.of("file", "sha256");
    private static final List<String> INPUT = List.of("channels", "axes", "normalization", "sizeMultiple",
            "minSize", "halo");
    private static final List<String> NORMALIZATION = List.of("method", "low", "high", "min", "max", "range");
    static final List<String> NORMALIZATION_RANGES = List.of(NormalizationSpec.UNIT_RANGE, NormalizationSpec.SYMMETRIC_RANGE);
    static final String TRANSLATE = "translate";
    private static final List<String> OUTPUT = List.of("channels", "scale", "kind");
    private static final List<String> PROVENANCE = List.of("trainingData", "licence", "recipe", "epochs",
            "trainingTime", "quality", "notes", "divergences");

    private ManifestParser() {
    }

    static ModelManifest parse(String json, String origin) throws InvalidModelException {
        JsonFields root = JsonFields.root(StrictJson.parse(json, origin), origin, TOP)
                .require("format", "name", "task", "version", "architecture", "weights", "input", "output");
        int format = root.integer("format", 1);
        if (format != ModelManifest.FORMAT) {
            throw root.invalid("format", "is " + format + ", but this NeuralIJ reads format "
                    + ModelManifest.FORMAT + " only (a newer NeuralIJ may read it)");
        }
        String name = root.string("name");
        if (!NAME.matcher(name).matches()) {
            throw root.invalid("name", "must start with a letter or digit and hold only letters, digits, "
                    + "'-', '_' and '.', but is \"" + name + "\"");
        }
        ModelKind task = ModelKind.parse(root.choice("task", ModelKind.keys()));
        Weights weights = weights(root.object("weights", WEIGHTS));
        return new ModelManifest(format, name, task, root.string("version"),
                root.optionalString("description"), architecture(root.object("architecture", ARCHITECTURE)),
                weights, input(root.object("input", INPUT)),
                output(root.object("output", OUTPUT)), provenance(root), reverse(root, task, weights));
    }

    /** The B→A network of a translation model: allowed for task "translate" only, in a file of its own. */
    private static Weights reverse(JsonFields root, ModelKind task, Weights forward) throws InvalidModelException {
        if (!root.has("reverse")) {
            return null;
        }
        if (task != ModelKind.TRANSLATE) {
            throw root.invalid("reverse", "is for task \"" + TRANSLATE + "\" only (the network from domain B back to A), "
                    + "but the task is \"" + task + "\"; remove it");
        }
        JsonFields fields = root.object("reverse", WEIGHTS);
        Weights reverse = weights(fields);
        if (reverse.file().equals(forward.file())) {
            throw fields.invalid("file", "must name another file than weights.file (\"" + forward.file() + "\")");
        }
        return reverse;
    }

    private static Architecture architecture(JsonFields fields) throws InvalidModelException {
        String type = fields.require("type").choice("type", ARCHITECTURE_TYPES);
        if (Architecture.BUILTIN.equals(type)) {
            fields.require("name");
        } else {
            for (String builtinOnly : List.of("name", "params")) {
                if (fields.has(builtinOnly)) {
                    throw fields.invalid(builtinOnly, "is for builtin architectures only (a TorchScript file "
                            + "carries its own architecture); remove it");
                }
            }
        }
        return new Architecture(type, fields.optionalString("name"), fields.numberMap("params"));
    }

    private static Weights weights(JsonFields fields) throws InvalidModelException {
        fields.require(WEIGHTS.toArray(String[]::new));
        String file = fields.string("file");
        if (file.isEmpty() || file.startsWith("/") || file.contains("\\") || file.matches("^[A-Za-z]:.*")) {
            throw fields.invalid("file", "must be a path relative to the model folder, with '/' between folders, "
                    + "but is \"" + file + "\"");
        }
        if (Arrays.asList(file.split("/")).contains("..")) {
            throw fields.invalid("file", "must not leave the model folder (no \"..\"), but is \"" + file + "\"");
        }
        String sha256 = fields.string("sha256");
        if (!SHA256.matcher(sha256).matches()) {
            throw fields.invalid("sha256", "must be the 64 hexadecimal digits of the weights' SHA-256, but is \""
                    + sha256 + "\"");
        }
        return new Weights(file, sha256.toLowerCase(Locale.ROOT));
    }

    private static InputSpec input(JsonFields fields) throws InvalidModelException {
        fields.require("channels", "normalization");
        String axes = fields.has("axes") ? fields.choice("axes", SUPPORTED_AXES) : DEFAULT_AXES;
        return new InputSpec(fields.integer("channels", 1), axes,
                normalization(fields.object("normalization", NORMALIZATION)),
                fields.optionalInteger("sizeMultiple", 1, 1), fields.optionalInteger("minSize", 1, 1),
                fields.optionalInteger("halo", 0, 0));
    }

    private static NormalizationSpec normalization(JsonFields fields) throws InvalidModelException {
        NormalizationMethod method = NormalizationMethod.parse(fields.require("method").choice("method", NormalizationMethod.keys()));
        List<String> applicable = switch (method) {
            case PERCENTILE -> List.of("low", "high");
            case FIXED -> List.of("min", "max");
            default -> List.of();
        };
        for (String key : List.of("low", "high", "min", "max")) {
            if (fields.has(key) && !applicable.contains(key)) {
                throw fields.invalid(key, "does not apply to the method \"" + method.key() + "\"; remove it");
            }
        }
        if (fields.has("range") && method == NormalizationMethod.NONE) {
            throw fields.invalid("range", "does not apply to the method \"none\" (the values are passed as they are); remove it");
        }
        String range = fields.has("range") ? fields.choice("range", NORMALIZATION_RANGES) : NormalizationSpec.UNIT_RANGE;
        return method(fields, method).withRange(range);
    }

    private static NormalizationSpec method(JsonFields fields, NormalizationMethod method) throws InvalidModelException {
        switch (method) {
            case PERCENTILE: {
                double low = fields.optionalNumber("low", DEFAULT_LOW_PERCENTILE);
                double high = fields.optionalNumber("high", DEFAULT_HIGH_PERCENTILE);
                if (low < 0) {
                    throw fields.invalid("low", "must be at least 0 (a percentage), but is " + low);
                }
                if (high > 100 || high <= low) {
                    throw fields.invalid("high", "must be above low (" + low + ") and at most 100, but is " + high);
                }
                return NormalizationSpec.percentile(low, high);
            }
            case FIXED: {
                fields.require("min", "max");
                double min = fields.number("min");
                double max = fields.number("max");
                if (min == max) {
                    throw fields.invalid("max", "must differ from min, but both are " + min);
                }
                return NormalizationSpec.fixed(min, max);
            }
            case MINMAX:
                return NormalizationSpec.minMax();
            default:
                return NormalizationSpec.none();
        }
    }

    private static OutputSpec output(JsonFields fields) throws InvalidModelException {
        fields.require("channels", "kind");
        return new OutputSpec(fields.integer("channels", 1), fields.optionalInteger("scale", 1, 1),
                OutputKind.parse(fields.choice("kind", OutputKind.keys())));
    }

    private static Provenance provenance(JsonFields root) throws InvalidModelException {
        if (!root.has("provenance")) {
            return Provenance.empty();
        }
        JsonFields fields = root.object("provenance", PROVENANCE);
        return new Provenance(fields.optionalString("trainingData"), fields.optionalString("licence"),
                fields.optionalString("recipe"), fields.optionalIntegerOrNull("epochs", 0),
                fields.optionalString("trainingTime"), fields.optionalString("quality"),
                fields.optionalString("notes"), fields.optionalIntegerOrNull("divergences", 0));
    }
}
