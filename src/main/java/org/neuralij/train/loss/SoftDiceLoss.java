package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Soft Dice loss for segmentation: 1 − mean over classes of 2·Σ(p·t)/(Σp + Σt + ε), with p the
 * softmax of the logits N×K×H×W (predictions) and t the one-hot class labels N×H×W (labels), the
 * sums running over the batch and the pixels.
 */
public final class SoftDiceLoss extends Loss {

    static final float EPSILON = 1e-6f;
    private static final int[] BATCH_AND_PIXELS = {0, 2, 3};

    public SoftDiceLoss() {
        super("SoftDiceLoss");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.singletonOrThrow();
        NDArray truth = ClassLabels.oneHot(labels.singletonOrThrow(), logits.getShape());
        NDArray probabilities = logits.softmax(1);
        NDArray overlap = probabilities.mul(truth).sum(BATCH_AND_PIXELS).mul(2);
        NDArray sizes = probabilities.sum(BATCH_AND_PIXELS).add(truth.sum(BATCH_AND_PIXELS)).add(EPSILON);
        return overlap.div(sizes).mean().neg().add(1);
    }
}
