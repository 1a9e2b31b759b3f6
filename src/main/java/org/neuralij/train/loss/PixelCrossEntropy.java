package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Per-pixel cross-entropy for segmentation: logits N×K×H×W (predictions), class labels N×H×W
 * (labels), averaged over pixels. With class weights the average is weighted by the weight of
 * each pixel's true class, as PyTorch's cross_entropy(weight=...) does.
 */
public final class PixelCrossEntropy extends Loss {

    private final float[] classWeights;

    public PixelCrossEntropy() {
        this(null);
    }

    /** @param classWeights one weight per class, or null for none */
    public PixelCrossEntropy(float[] classWeights) {
        super("PixelCrossEntropy");
        this.classWeights = classWeights == null ? null : classWeights.clone();
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.singletonOrThrow();
        long classes = logits.getShape().get(1);
        NDArray oneHot = ClassLabels.oneHot(labels.singletonOrThrow(), logits.getShape());
        NDArray negativeLogLikelihood = logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg();
        if (classWeights == null) return negativeLogLikelihood.mean();
        if (classWeights.length != classes) {
            throw new IllegalArgumentException(classWeights.length + " class weights for " + classes + " classes");
        }
        NDArray weightPerPixel = oneHot.mul(logits.getManager().create(classWeights).reshape(1, classes, 1, 1)).sum(new int[] {1});
        return negativeLogLikelihood.mul(weightPerPixel).sum().div(weightPerPixel.sum());
    }
}
