package org.neuralij.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a model is for ({@code task} of its manifest): which command runs it. {@code run} is a model for Run Model... only
 * (e.g. an imported TorchScript file of unknown purpose).
 */
public enum ModelKind {
    RUN("run"),
    RESTORE("restore"),
    DENOISE("denoise"),
    SUPER_RESOLUTION("super-resolution"),
    INPAINT("inpaint"),
    COLORIZE("colorize"),
    SEGMENT("segment"),
    TRANSLATE("translate"),
    STYLE("style"),
    /** An unconditional generator: noise in, a new image out (Generate Images...). */
    GENERATE("generate");

    private final String key;

    ModelKind(String key) {
        this.key = key;
    }

    /** The manifest's spelling. */
    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return key;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ModelKind::key).toList();
    }

    public static ModelKind parse(String key) {
        String wanted = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        for (ModelKind kind : values()) if (kind.key.equals(wanted)) return kind;
        throw new IllegalArgumentException("task \"" + key + "\" is not one of " + keys());
    }
}
