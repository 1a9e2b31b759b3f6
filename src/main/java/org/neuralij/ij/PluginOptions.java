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

    double number(String key, double defaultValue) {
        String value = text(key, Double.toString(defaultValue));
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(key + "=" + value + " is not a number: write e.g. " + key + "=" + defaultValue + ".");
        }
    }

    int integer(String key, int defaultValue) {
        String value = text(key, Integer.toString(defaultValue));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(key + "=" + value + " is not a whole number: write e.g. " + key + "=" + defaultValue + ".");
        }
    }
}
