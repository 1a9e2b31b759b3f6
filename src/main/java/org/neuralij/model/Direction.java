package org.neuralij.model;

import java.util.Locale;

/**
 * Which of a translation model's two networks to use: {@code weights} translates domain A to B,
 * {@code reverse} B to A. Spelt {@code A_to_B} / {@code B_to_A} in macros (case does not matter).
 */
public enum Direction {
    A_TO_B("A_to_B"),
    B_TO_A("B_to_A");

    private final String key;

    Direction(String key) {
        this.key = key;
    }

    /** The spelling of the macro contract, e.g. {@code direction=B_to_A}. */
    public String key() {
        return key;
    }

    /** The other way: what takes a translated image back to its own domain. */
    public Direction opposite() {
        return this == A_TO_B ? B_TO_A : A_TO_B;
    }

    /** Reads {@code A_to_B}, {@code b_to_a}, {@code B-TO-A}…; anything else is refused with the two choices. */
    public static Direction parse(String text) {
        String normalized = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Direction direction : values()) {
            if (direction.name().equals(normalized)) return direction;
        }
        throw new IllegalArgumentException("direction=" + text + " is not a direction: use " + A_TO_B.key + " or " + B_TO_A.key + ".");
    }
}
