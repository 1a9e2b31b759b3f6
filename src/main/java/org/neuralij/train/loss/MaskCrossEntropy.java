package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/** Pixel cross-entropy for masks given as a one-channel batch (N×1×H×W), the form the training loop hands its targets in. */
public final class MaskCrossEntropy extends Loss {

    private final PixelCrossEntropy crossEntropy = new PixelCrossEntropy();

    public MaskCrossEntropy() {
        super("MaskCrossEntropy");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray masks = labels.singletonOrThrow();
        NDArray flat = masks.reshape(masks.getShape().get(0), masks.getShape().get(2), masks.getShape().get(3));
        return crossEntropy.evaluate(new NDList(flat), predictions);
    }
}
