package org.neuralij.task.train;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How Train Model task=generate trains its critic ({@code loss=}): lesson 12's WGAN, or WGAN-GP. */
enum GeneratorLoss {
    /** Critic weights clipped to ±0.01, RMSprop, 5 critic updates per generator update (100 for the first 25 and every 500th). */
    WGAN("wgan"),
    /** A gradient penalty of weight 10 instead of clipping, Adam with betas (0, 0.9), always 5 critic updates. */
    WGAN_GP("wgan-gp");

    private final String key;

    GeneratorLoss(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(GeneratorLoss::key).toList();
    }

    /** Empty = {@link #WGAN}. */
    static GeneratorLoss parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) return WGAN;
        for (GeneratorLoss loss : values()) if (loss.key.equals(wanted)) return loss;
        throw new IllegalArgumentException("loss=" + text + " cannot train a generator: task=generate takes loss=" + String.join(" or loss=", keys())
                + " (leave it out for wgan).");
    }
}
