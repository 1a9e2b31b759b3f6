package org.neuralij.task.keys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The values of a command's keys, as one front end read them; a key not given has its default. */
public final class KeyValues {

    private final List<Key<?>> keys;
    private final Map<Key<?>, Object> values = new HashMap<>();

    public KeyValues(List<Key<?>> keys) {
        this.keys = List.copyOf(keys);
    }

    public <T> KeyValues with(Key<T> key, T value) {
        if (!keys.contains(key)) throw new IllegalArgumentException(key.name() + "= is not a key of this command");
        values.put(key, value);
        return this;
    }

    /** Sets the key from its macro text; see {@link Key#parse}. */
    public <T> KeyValues withText(Key<T> key, String text) {
        return with(key, key.parse(text));
    }

    public <T> T get(Key<T> key) {
        if (!keys.contains(key)) throw new IllegalArgumentException(key.name() + "= is not a key of this command");
        return values.containsKey(key) ? key.type().cast(values.get(key)) : key.defaultValue();
    }

    public List<Key<?>> keys() {
        return keys;
    }

    /** The options of a macro {@code run(...)} call that gives these values, as ImageJ's recorder writes them. */
    public String macroOptions() {
        StringBuilder options = new StringBuilder();
        for (Key<?> key : keys) append(options, key);
        return options.toString().trim();
    }

    private <T> void append(StringBuilder options, Key<T> key) {
        T value = get(key);
        if (key.kind() == KeyKind.FLAG) {
            if (Boolean.TRUE.equals(value)) options.append(key.name()).append(' ');
            return;
        }
        String text = value == null ? "" : key.write(value);
        if (text.isEmpty()) return;
        options.append(key.name()).append('=').append(text.contains(" ") ? "[" + text + "]" : text).append(' ');
    }
}
