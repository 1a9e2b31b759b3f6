package org.neuralij.task.keys;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One key of a command, declared once: its macro name, its dialog label (whose first word is the name, so that
 * ImageJ's recorder writes the name), what it holds, its default and, for a choice, the values it takes. Every front
 * end reads the key from this: the macro reader, the dialog, the recorder line and the SciJava command.
 *
 * @param <T> the type of its value
 */
public final class Key<T> {

    private final String name;
    private final String label;
    private final KeyKind kind;
    private final Class<T> type;
    private final T defaultValue;
    private final List<String> choices;
    private final Function<String, T> parser;
    private final Function<T, String> writer;
    private final String example;
    private final List<String> aliases;

    private Key(String name, String label, KeyKind kind, Class<T> type, T defaultValue, List<String> choices, Function<String, T> parser,
                Function<T, String> writer, String example) {
        this(name, label, kind, type, defaultValue, choices, parser, writer, example, List.of());
    }

    private Key(String name, String label, KeyKind kind, Class<T> type, T defaultValue, List<String> choices, Function<String, T> parser,
                Function<T, String> writer, String example, List<String> aliases) {
        if (!recordedName(label).equals(name)) {
            throw new IllegalArgumentException("The label of " + name + "= must start with its name, so that ImageJ records the key: " + label);
        }
        this.name = name;
        this.label = label;
        this.kind = kind;
        this.type = type;
        this.defaultValue = defaultValue;
        this.choices = List.copyOf(choices);
        this.parser = parser;
        this.writer = writer;
        this.example = example;
        this.aliases = List.copyOf(aliases);
    }

    /** The same key, which a macro may also write under these names (e.g. {@code masks=} for {@code targets=}). */
    public Key<T> alsoWrittenAs(String... names) {
        return new Key<>(name, label, kind, type, defaultValue, choices, parser, writer, example, List.of(names));
    }

    /** Other names a macro may write the key under. */
    public List<String> aliases() {
        return aliases;
    }

    /** The key ImageJ's recorder writes for a dialog field with this label: its first word, lower case. */
    static String recordedName(String label) {
        return label.trim().split("[ :]")[0].toLowerCase(Locale.ROOT);
    }

    public static Key<String> model(String defaultModel) {
        return new Key<>("model", "Model", KeyKind.MODEL, String.class, defaultModel, List.of(), String::trim, value -> value, defaultModel);
    }

    public static Key<Integer> wholeNumber(String name, String label, int defaultValue, int least) {
        return new Key<>(name, label, KeyKind.WHOLE_NUMBER, Integer.class, defaultValue, List.of(), text -> {
            int value = (int) Math.round(Double.parseDouble(text.trim()));
            if (value != Double.parseDouble(text.trim())) throw new NumberFormatException("not whole");
            if (value < least) {
                throw new IllegalArgumentException(name + "=" + text.trim() + " is too small: give at least " + least + " (e.g. " + name + "="
                        + Math.max(least, defaultValue) + ").");
            }
            return value;
        }, String::valueOf, String.valueOf(Math.max(least, defaultValue)));
    }

    public static Key<Double> number(String name, String label, double defaultValue) {
        return new Key<>(name, label, KeyKind.NUMBER, Double.class, defaultValue, List.of(), text -> Double.parseDouble(text.trim()), String::valueOf,
                String.valueOf(defaultValue));
    }

    public static Key<String> text(String name, String label, String defaultValue) {
        return new Key<>(name, label, KeyKind.TEXT, String.class, defaultValue, List.of(), text -> text, value -> value, defaultValue);
    }

    public static Key<Boolean> flag(String name, String label) {
        return new Key<>(name, label, KeyKind.FLAG, Boolean.class, false, List.of(), text -> parseFlag(name, text), String::valueOf, "");
    }

    /** A choice among the constants of an enum, each written as {@code spelling} gives it (case does not matter). */
    public static <E extends Enum<E>> Key<E> choice(String name, String label, Class<E> type, Function<E, String> spelling, E defaultValue) {
        List<String> keys = Arrays.stream(type.getEnumConstants()).map(spelling).toList();
        return new Key<>(name, label, KeyKind.CHOICE, type, defaultValue, keys, text -> {
            for (E constant : type.getEnumConstants()) if (spelling.apply(constant).equalsIgnoreCase(text.trim())) return constant;
            throw new IllegalArgumentException(name + "=" + text + " is not known: use " + alternatives(name, keys) + ".");
        }, spelling, spelling.apply(defaultValue));
    }

    /** As {@link #choice(String, String, Class, Function, Enum)}, read by the enum's own {@code parser} (which may take other spellings). */
    public static <E extends Enum<E>> Key<E> choice(String name, String label, Class<E> type, Function<E, String> spelling, E defaultValue,
                                                    Function<String, E> parser) {
        List<String> keys = Arrays.stream(type.getEnumConstants()).map(spelling).toList();
        return new Key<>(name, label, KeyKind.CHOICE, type, defaultValue, keys, parser, spelling, spelling.apply(defaultValue));
    }

    /** A choice whose dialog lists {@code listed}, and which a macro may also write as anything {@code parser} accepts. */
    public static Key<String> openChoice(String name, String label, List<String> listed, String defaultValue, Function<String, String> parser) {
        return openChoice(name, label, listed, defaultValue, parser, value -> value);
    }

    /** As {@link #openChoice(String, String, List, String, Function)}, with the values written as {@code writer} spells them. */
    public static Key<String> openChoice(String name, String label, List<String> listed, String defaultValue, Function<String, String> parser,
                                         Function<String, String> writer) {
        return new Key<>(name, label, KeyKind.CHOICE, String.class, defaultValue, listed, parser, writer, writer.apply(defaultValue));
    }

    /** A folder; null (the default) when not given. */
    public static Key<Path> folder(String name, String label) {
        return new Key<>(name, label, KeyKind.FOLDER, Path.class, null, List.of(), text -> text.isBlank() ? null : Path.of(text.trim()),
                value -> value == null ? "" : value.toString(), "[/path/to/folder]");
    }

    /** A file; null (the default) when not given. */
    public static Key<Path> file(String name, String label) {
        return new Key<>(name, label, KeyKind.FILE, Path.class, null, List.of(), text -> text.isBlank() ? null : Path.of(text.trim()),
                value -> value == null ? "" : value.toString(), "[/path/to/file]");
    }

    /** The title of an open image, as text (the front end finds the image). */
    public static Key<String> openImage(String name, String label, String defaultValue) {
        return new Key<>(name, label, KeyKind.OPEN_IMAGE, String.class, defaultValue, List.of(), String::trim, value -> value, "[title]");
    }

    /** "output=labels, output=probabilities or output=rois". */
    static String alternatives(String name, List<String> values) {
        List<String> written = values.stream().map(value -> name + "=" + value).toList();
        if (written.size() == 1) return written.get(0);
        return String.join(", ", written.subList(0, written.size() - 1)) + " or " + written.get(written.size() - 1);
    }

    private static boolean parseFlag(String name, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.isEmpty()) return true;
        if (value.equals("false")) return false;
        throw new IllegalArgumentException(name + "=" + text + ": write " + name + " alone to tick it, or leave it out.");
    }

    /**
     * The value written as {@code text} in a macro.
     *
     * @throws IllegalArgumentException naming the key, the text and an example of a value it takes
     */
    public T parse(String text) {
        try {
            return parser.apply(text);
        } catch (NumberFormatException notANumber) {
            String what = kind == KeyKind.WHOLE_NUMBER ? "a whole number" : "a number";
            throw new IllegalArgumentException(name + "=" + text + " is not " + what + ": write e.g. " + name + "=" + example + ".");
        }
    }

    /** How a macro writes this value. */
    public String write(T value) {
        return writer.apply(value);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public KeyKind kind() {
        return kind;
    }

    public Class<T> type() {
        return type;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The values a dialog offers for a choice; empty for other kinds. */
    public List<String> choices() {
        return choices;
    }

    @Override
    public String toString() {
        return name + "=";
    }
}
