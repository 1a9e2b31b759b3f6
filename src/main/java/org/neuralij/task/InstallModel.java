package org.neuralij.task;

import org.neuralij.model.ModelInstaller;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.keys.Key;
import org.neuralij.task.keys.KeyValues;

import java.io.IOException;
import java.util.List;

/** Install Model...: a model folder, model.json, .zip or URL, checked, into the user's model folder. */
public final class InstallModel {

    /** Archives may not expand beyond this (a model is at most a few hundred MB). */
    public static final long MAX_EXPANDED_BYTES = 2L << 30;
    public static final Key<String> SOURCE = Key.text("source", "Source (folder, model.json, .zip or URL)", "");
    public static final List<Key<?>> KEYS = List.of(SOURCE);

    private InstallModel() {
    }

    public static ModelPackage install(KeyValues values, ModelRegistry registry) throws IOException {
        String source = values.get(SOURCE).trim();
        if (source.isEmpty()) throw new IllegalArgumentException("source= is missing: give a model folder, a model.json, a .zip or a URL.");
        return new ModelInstaller(registry.userFolder(), MAX_EXPANDED_BYTES).install(source);
    }
}
