package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

/** Total variation of N×C×H×W images: the mean absolute difference between horizontal neighbours plus that between vertical ones. */
public final class TotalVariation {

    private TotalVariation() {
    }

    public static NDArray of(NDArray images) {
        NDArray horizontal = images.get(new NDIndex(":, :, :, 1:")).sub(images.get(new NDIndex(":, :, :, :-1")));
        NDArray vertical = images.get(new NDIndex(":, :, 1:, :")).sub(images.get(new NDIndex(":, :, :-1, :")));
        return horizontal.abs().mean().add(vertical.abs().mean());
    }
}
