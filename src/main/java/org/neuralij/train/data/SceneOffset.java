package org.neuralij.train.data;

import java.util.Random;

/** Adds an offset drawn per patch to the scene's values ({@code offset=-0.2-0.5}, in the normalised units where the image's 1st to 99.8th percentiles span 0 to 1). */
public record SceneOffset(RandomRange offset) implements AugmentationStep.ValueStep {

    @Override
    public void apply(PatchValues values, Random random) {
        double d = offset.draw(random);
        values.mapScene(v -> v + d);
    }

    @Override
    public String spec() {
        return "offset=" + offset.spec();
    }
}
