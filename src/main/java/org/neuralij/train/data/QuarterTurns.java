package org.neuralij.train.data;

/** Turns by 0, 90, 180 or 270 degrees, equally often ({@code rot90}). */
public record QuarterTurns() implements AugmentationStep {

    @Override
    public String spec() {
        return "rot90";
    }
}
