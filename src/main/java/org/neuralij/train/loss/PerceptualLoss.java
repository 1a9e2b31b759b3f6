package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import org.neuralij.nn.FeatureExtractor;

/**
 * fastai's feature loss for image-to-image training with a feature network of its own: pixel L1
 * plus, at the activations before the 2nd, 3rd and 4th pooling stages, L1 of the activations
 * (weights 5, 15, 2) and of their Gram matrices (5e3 × weight²). Owns the feature network: close
 * it after the training.
 */
public final class PerceptualLoss extends Loss implements AutoCloseable {

    static final int FIRST_TAP = 1;

    private final FeatureExtractor network;
    private final FeatureLoss featureLoss;

    public PerceptualLoss(FeatureExtractor network) {
        super("feature");
        int needed = FIRST_TAP + FeatureLoss.FASTAI_LAYER_WEIGHTS.length;
        if (network.tapCount() < needed) {
            network.close();
            throw new IllegalArgumentException("loss=feature needs a feature network with at least " + needed + " pooling stages; "
                    + network.description() + " has " + network.tapCount() + ".");
        }
        this.network = network;
        this.featureLoss = FeatureLoss.fastai(this::usedTaps);
    }

    private NDList usedTaps(NDArray images) {
        NDList taps = network.taps(images);
        return new NDList(taps.subList(FIRST_TAP, FIRST_TAP + FeatureLoss.FASTAI_LAYER_WEIGHTS.length));
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        return featureLoss.evaluate(labels, predictions);
    }

    @Override
    public void close() {
        network.close();
    }
}
