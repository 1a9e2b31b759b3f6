package org.neuralij.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code model.json} of a model package (see docs/model-package.md). Optional text fields that are absent are
 * {@code null}; normalisation values that do not apply to the method are {@code NaN}. {@code weights} is the network;
 * a translation model ({@code task} "translate") may add {@code reverse}, the network of the opposite direction (B→A),
 * null otherwise.
 */
public record ModelManifest(int format, String name, ModelKind task, String version, String description,
        Architecture architecture, Weights weights, InputSpec input, OutputSpec output, Provenance provenance,
        Weights reverse) {

    /** A manifest of one network (no {@code reverse}). */
    public ModelManifest(int format, String name, ModelKind task, String version, String description,
            Architecture architecture, Weights weights, InputSpec input, OutputSpec output, Provenance provenance) {
        this(format, name, task, version, description, architecture, weights, input, output, provenance, null);
    }

    public static final String FILE_NAME = "model.json";
    public static final int FORMAT = 1;
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    public record Architecture(String type, String name, Map<String, Double> params) {

        public static final String TORCHSCRIPT = "torchscript";
        public static final String BUILTIN = "builtin";

        public Architecture {
            params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        public boolean isTorchScript() {
            return TORCHSCRIPT.equals(type);
        }

        public double doubleParam(String key, double defaultValue) {
            Double value = params.get(key);
            return value == null ? defaultValue : value;
        }

        /** @throws IllegalArgumentException if the parameter is not a whole number */
        public int intParam(String key, int defaultValue) {
            Double value = params.get(key);
            if (value == null) {
                return defaultValue;
            }
            if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("The architecture parameter \"" + key + "\" of " + name
                        + " must be a whole number, but model.json gives " + value + ". Correct model.json.");
            }
            return value.intValue();
        }

        /**
         * The same architecture with its input and output channels swapped (the network of the opposite direction),
         * when the parameters name them ({@code inChannels}/{@code channels}, {@code outChannels}) and they differ.
         */
        public Architecture withChannelsSwapped() {
            Double in = params.containsKey("inChannels") ? params.get("inChannels") : params.get("channels");
            Double out = params.getOrDefault("outChannels", in);
            if (in == null || in.equals(out)) return this;
            Map<String, Double> swapped = new LinkedHashMap<>(params);
            swapped.remove("channels");
            swapped.put("inChannels", out);
            swapped.put("outChannels", in);
            return new Architecture(type, name, swapped);
        }
    }

    public record Weights(String file, String sha256) {
    }

    /**
     * {@code low}/{@code high} apply to percentile, {@code min}/{@code max} to fixed; the others are NaN.
     * {@code range} is where the method maps the raw values: {@link #UNIT_RANGE} (0..1) or {@link #SYMMETRIC_RANGE}
     * (-1..1, for networks with a tanh output such as CycleGAN's generators).
     */
    public record NormalizationSpec(NormalizationMethod method, double low, double high, double min, double max, String range) {

        public static final String UNIT_RANGE = "0..1";
        public static final String SYMMETRIC_RANGE = "-1..1";

        public NormalizationSpec(NormalizationMethod method, double low, double high, double min, double max) {
            this(method, low, high, min, max, UNIT_RANGE);
        }

        public NormalizationSpec {
            range = range == null ? UNIT_RANGE : range;
        }

        public NormalizationSpec withRange(String newRange) {
            return new NormalizationSpec(method, low, high, min, max, newRange);
        }

        public boolean symmetric() {
            return SYMMETRIC_RANGE.equals(range);
        }

        public static NormalizationSpec percentile(double low, double high) {
            return new NormalizationSpec(NormalizationMethod.PERCENTILE, low, high, Double.NaN, Double.NaN);
        }

        public static NormalizationSpec fixed(double min, double max) {
            return new NormalizationSpec(NormalizationMethod.FIXED, Double.NaN, Double.NaN, min, max);
        }

        public static NormalizationSpec minMax() {
            return new NormalizationSpec(NormalizationMethod.MINMAX, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }

        public static NormalizationSpec none() {
            return new NormalizationSpec(NormalizationMethod.NONE, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
    }

    public record InputSpec(int channels, String axes, NormalizationSpec normalization, int sizeMultiple, int minSize,
            int halo) {
    }

    /** {@code kind} is "image", "probabilities", "labels" or "chroma" (colour differences R−G, B−G of a colorize model). */
    public record OutputSpec(int channels, int scale, OutputKind kind) {
    }

    /** All fields are optional (null when absent); an absent provenance block reads as all-null. */
    /**
     * Where a model comes from. {@code divergences}: how many times its training went back to a checkpoint because
     * the loss became NaN or infinite (0 for a clean run; null when not recorded, e.g. a model trained elsewhere).
     */
    public record Provenance(String trainingData, String licence, String recipe, Integer epochs, String trainingTime,
            String quality, String notes, Integer divergences) {

        public Provenance(String trainingData, String licence, String recipe, Integer epochs, String trainingTime, String quality, String notes) {
            this(trainingData, licence, recipe, epochs, trainingTime, quality, notes, null);
        }

        public static Provenance empty() {
            return new Provenance(null, null, null, null, null, null, null, null);
        }

        public boolean isEmpty() {
            return equals(empty());
        }
    }

    public boolean hasReverse() {
        return reverse != null;
    }

    /**
     * The manifest of one direction's network: this one for A→B; for B→A the {@code reverse} weights as
     * {@code weights}, with input and output channels swapped.
     *
     * @throws IllegalStateException for B→A when there is no {@code reverse}
     */
    public ModelManifest forDirection(Direction direction) {
        if (direction == Direction.A_TO_B) return this;
        if (reverse == null) throw new IllegalStateException("The model \"" + name + "\" has no reverse network.");
        return new ModelManifest(format, name, task, version, description, architecture.withChannelsSwapped(), reverse,
                new InputSpec(output.channels(), input.axes(), input.normalization(), input.sizeMultiple(), input.minSize(), input.halo()),
                new OutputSpec(input.channels(), output.scale(), output.kind()), provenance, weights);
    }

    public static ModelManifest read(Path modelJson) throws InvalidModelException {
        String origin = modelJson.toString();
        try {
            return parse(decodeUtf8(Files.readAllBytes(modelJson), origin), origin);
        } catch (NoSuchFileException e) {
            throw new InvalidModelException("There is no model file " + origin
                    + ". A model folder must hold a model.json; reinstall the model.", e);
        } catch (InvalidModelException e) {
            throw e;
        } catch (IOException e) {
            throw new InvalidModelException("Cannot read the model file " + origin + " (" + e.getMessage()
                    + "). Check that the file exists and is readable.", e);
        }
    }

    /** @param origin the file the JSON came from, named in error messages */
    public static ModelManifest parse(String json, String origin) throws InvalidModelException {
        return ManifestParser.parse(json, origin);
    }

    /** Pretty-printed JSON; {@code parse(toJson(), origin)} equals this manifest. */
    public String toJson() {
        return ManifestWriter.toJson(this);
    }

    private static String decodeUtf8(byte[] bytes, String origin) throws InvalidModelException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text; // Windows editors add one
        } catch (CharacterCodingException e) {
            throw new InvalidModelException("The model file " + origin
                    + " is not UTF-8 text. Save it as UTF-8, or reinstall the model.", e);
        }
    }
}
