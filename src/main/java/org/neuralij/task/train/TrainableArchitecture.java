package org.neuralij.task.train;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The architectures Train Model's {@code architecture=} names (translation and style train their own). */
public enum TrainableArchitecture {
    DNCNN("dncnn"),
    UNET("unet"),
    /** The U-Net with self-attention at its deepest scale. */
    UNET_ATTENTION("unet-attention"),
    SR_RESNET("sr-resnet");

    private final String key;

    TrainableArchitecture(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    boolean isUNet() {
        return this == UNET || this == UNET_ATTENTION;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(TrainableArchitecture::key).toList();
    }

    /** The architecture {@code architecture=} names, or null when it names none of these. */
    static TrainableArchitecture find(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (TrainableArchitecture architecture : values()) if (architecture.key.equals(wanted)) return architecture;
        return null;
    }
}
