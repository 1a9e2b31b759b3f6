package org.neuralij.image.tiling;

import java.lang.management.ManagementFactory;

/**
 * The largest tile side chosen when the user leaves {@code tile=0}. Fewer, larger tiles cost
 * less (less re-computed margin, fewer calls), but a network's activations take tens of
 * bytes per pixel and channel, so the size follows the memory the machine has free: a
 * 2048×2048 image with its margins runs in one piece where 8 GiB are free.
 */
public final class AutomaticTileSize {

    static final long GIB = 1L << 30;

    private AutomaticTileSize() {
    }

    public static int forFreeMemory(long freeBytes) {
        if (freeBytes >= 8 * GIB) return 2112;
        if (freeBytes >= 3 * GIB) return 1024;
        return 512;
    }

    public static int forThisMachine() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return forFreeMemory(os.getFreeMemorySize());
        }
        return TilingPlan.DEFAULT_MAX_WINDOW;
    }
}
