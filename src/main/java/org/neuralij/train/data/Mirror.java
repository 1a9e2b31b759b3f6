package org.neuralij.train.data;

import java.util.EnumSet;
import java.util.Set;

/** Mirror images left-right ({@code flip=x}), top-bottom ({@code flip=y}) or both ({@code flip}), each with probability 1/2. */
public record Mirror(boolean leftRight, boolean topBottom) implements AugmentationStep {

    public Mirror {
        if (!leftRight && !topBottom) throw new IllegalArgumentException("A mirror flips in at least one direction.");
    }

    Set<Orientation> generators() {
        Set<Orientation> generators = EnumSet.noneOf(Orientation.class);
        if (leftRight) generators.add(Orientation.FLIP_X);
        if (topBottom) generators.add(Orientation.FLIP_Y);
        return generators;
    }

    @Override
    public String spec() {
        return leftRight && topBottom ? "flip" : leftRight ? "flip=x" : "flip=y";
    }
}
