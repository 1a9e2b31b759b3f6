package org.neuralij.ij;

import ij.Macro;

/**
 * The key=value options a macro passed to a command. Read without a dialog, so that macros
 * also run where there is no display (headless, batch mode on a server).
 */
final class PluginOptions {

    private final String options;

    private PluginOptions(String options) {
        this.options = options;
    }

    /** The running macro's options for this command, or null when the user started it from the menu. */
    static PluginOptions fromMacro() {
        String options = Macro.getOptions();
        return options == null ? null : new PluginOptions(options);
    }

    static PluginOptions of(String options) {
        return new PluginOptions(options + " ");
    }

    String text(String key, String defaultValue) {
        return Macro.getValue(options, key, defaultValue);
    }

    /** Whether a checkbox key is ticked: written alone, as ImageJ records a ticked box, or as key=true. */
    boolean flag(String key) {
        return (" " + options + " ").contains(" " + key + " ") || "true".equalsIgnoreCase(text(key, "false").trim());
    }

    double number(String key, double defaultValue) {
        return parsed(key, Double.toString(defaultValue), Double::parseDouble, "a number");
    }

    int integer(String key, int defaultValue) {
        return parsed(key, Integer.toString(defaultValue), Integer::parseInt, "a whole number");
    }

    private <T> T parsed(String key, String defaultValue, java.util.function.Function<String, T> parser, String kind) {
        String value = text(key, defaultValue);
        try {
            return parser.apply(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(key + "=" + value + " is not " + kind + ": write e.g. " + key + "=" + defaultValue + ".");
        }
    }
}
