package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

/** WGAN's Lipschitz constraint: every parameter of the critic clamped to ±limit after each update. */
public final class WeightClipping {

    public static final float WGAN_LIMIT = 0.01f;

    private WeightClipping() {
    }

    /** Clamps in place (outside any GradientCollector), so the optimizer keeps the same arrays. */
    public static void clip(Block block, float limit) {
        if (!(limit > 0)) throw new IllegalArgumentException("Clipping limit must be positive, not " + limit);
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            NDArray weight = parameter.getValue().getArray();
            try (NDArray clipped = weight.clip(-limit, limit)) {
                weight.set(new NDIndex("..."), clipped);
            }
        }
    }
}
