package org.neuralij.ij;

import ij.ImagePlus;
import ij.WindowManager;
import org.neuralij.task.OpenImages;
import org.neuralij.task.keys.Key;
import org.neuralij.task.keys.KeyValues;

import java.io.File;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a command's keys from the {@code @Parameter} fields of its SciJava command, found by the key's name (or the
 * older field name {@code fieldNames} gives). A field left null keeps the key's default; an image given as an
 * {@code ImagePlus} stands for the title a macro would give, and the command finds it through {@link #images()}.
 */
final class SciJavaKeys {

    private final KeyValues values;
    private final Map<String, ImagePlus> givenImages = new HashMap<>();

    private SciJavaKeys(Object command, List<Key<?>> keys, Map<String, String> fieldNames) {
        values = new KeyValues(keys);
        for (Key<?> key : keys) {
            field(command.getClass(), fieldNames.getOrDefault(key.name(), key.name())).ifPresent(field -> read(command, field, key));
        }
    }

    static SciJavaKeys read(Object command, List<Key<?>> keys, Map<String, String> fieldNames) {
        return new SciJavaKeys(command, keys, fieldNames);
    }

    KeyValues values() {
        return values;
    }

    /** The images given as fields, then the open images of ImageJ. */
    OpenImages images() {
        return title -> givenImages.containsKey(title) ? givenImages.get(title) : WindowManager.getImage(title);
    }

    /** The field holding this key's value in the command's class or a superclass. */
    static Optional<Field> field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return Optional.of(field);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        return Optional.empty();
    }

    private <T> void read(Object command, Field field, Key<T> key) {
        Object value;
        try {
            value = field.get(command);
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException(impossible);
        }
        if (value == null) return;
        if (value instanceof ImagePlus image) {
            String title = "#" + key.name();
            givenImages.put(title, image);
            values.withText(key, title);
        } else if (value instanceof File file) {
            values.withText(key, file.getPath());
        } else if (key.type().isInstance(value)) {
            values.with(key, key.type().cast(value));
        } else if (value instanceof Number number && key.type() == Double.class) {
            values.with(key, key.type().cast(number.doubleValue()));
        } else if (value instanceof Number number && key.type() == Integer.class) {
            values.with(key, key.type().cast(Math.toIntExact(number.longValue())));
        } else {
            values.withText(key, value.toString());
        }
    }
}
