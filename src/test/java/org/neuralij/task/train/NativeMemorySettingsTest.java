package org.neuralij.task.train;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeMemorySettingsTest {

    @Test
    void linuxWithoutTheSettingsGetsAHintNamingThem() {
        String hint = NativeMemorySettings.hint(Map.of("HOME", "/root"), "Linux");
        assertTrue(hint.contains("MALLOC_ARENA_MAX=1") && hint.contains("MALLOC_TRIM_THRESHOLD_"), hint);
        assertEquals("", NativeMemorySettings.hint(Map.of("MALLOC_ARENA_MAX", "1"), "Linux"));
        assertEquals("", NativeMemorySettings.hint(Map.of(), "Mac OS X"));
    }
}
