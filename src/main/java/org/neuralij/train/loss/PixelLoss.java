package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/** A {@link Distance} between the prediction and the target, pixel by pixel, as a DJL loss. */
public final class PixelLoss extends Loss {

    private final Distance distance;

    public PixelLoss(Distance distance) {
        super(distance.name());
        this.distance = distance;
    }

    public static PixelLoss l1() {
        return new PixelLoss(Distance.L1);
    }

    public static PixelLoss mse() {
        return new PixelLoss(Distance.MSE);
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        return distance.between(predictions.singletonOrThrow(), labels.singletonOrThrow());
    }
}
