package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * A segmentation loss (labels N×H×W) fed with masks in the one-channel batch form N×1×H×W
 * that the training loop hands its targets in.
 */
public final class OnMasks extends Loss {

    private final Loss segmentationLoss;

    public OnMasks(Loss segmentationLoss) {
        super(segmentationLoss.getName());
        this.segmentationLoss = segmentationLoss;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray masks = labels.singletonOrThrow();
        NDArray flat = masks.reshape(masks.getShape().get(0), masks.getShape().get(2), masks.getShape().get(3));
        return segmentationLoss.evaluate(new NDList(flat), predictions);
    }
}
