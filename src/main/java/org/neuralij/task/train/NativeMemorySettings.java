package org.neuralij.task.train;

import java.util.Locale;
import java.util.Map;

/**
 * Whether this JVM runs with the glibc malloc settings that let libtorch reuse a training step's
 * memory (see bin/native-memory.sh and the README's benchmark section); without them, training on
 * Linux runs about a third slower. Only the hint to give the user lives here.
 */
public final class NativeMemorySettings {

    static final String ARENA_MAX = "MALLOC_ARENA_MAX";

    private NativeMemorySettings() {
    }

    /** A sentence for the Log when training on Linux without the settings; empty otherwise. */
    public static String hint(Map<String, String> environment, String osName) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux") || environment.containsKey(ARENA_MAX)) return "";
        return "training on Linux runs about a third faster when Fiji/ImageJ is started with the environment variables "
                + "MALLOC_ARENA_MAX=1 MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=1073741824 (NeuralIJ's bin/imagej sets them; see the README).";
    }

    public static String hintForThisProcess() {
        return hint(System.getenv(), System.getProperty("os.name", ""));
    }
}
