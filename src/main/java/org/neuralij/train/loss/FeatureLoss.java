package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Perceptual loss with a style term (fastai's FeatureLoss): the pixel L1, plus for each chosen
 * layer i of a feature network weight_i × L1 of the activations and gramWeight × weight_i² × L1
 * of their {@link GramMatrix Gram matrices}.
 *
 * <p>The feature network is any function from an image batch to the activations of the chosen
 * layers (e.g. the inputs of each pooling layer of a pretrained VGG). Its parameters must be
 * frozen by the caller (not given to the optimizer, no gradient attached): only the gradient with
 * respect to the prediction is wanted. The target's activations are detached here.
 */
public final class FeatureLoss extends Loss {

    /** fastai's layer weights for the three activations before VGG16's pooling layers 2–4. */
    public static final float[] FASTAI_LAYER_WEIGHTS = {5, 15, 2};
    public static final float FASTAI_GRAM_WEIGHT = 5e3f;

    private final Function<NDArray, NDList> features;
    private final float[] layerWeights;
    private final float gramWeight;

    public FeatureLoss(Function<NDArray, NDList> features, float[] layerWeights, float gramWeight) {
        super("FeatureLoss");
        this.features = features;
        this.layerWeights = layerWeights.clone();
        this.gramWeight = gramWeight;
    }

    public static FeatureLoss fastai(Function<NDArray, NDList> features) {
        return new FeatureLoss(features, FASTAI_LAYER_WEIGHTS, FASTAI_GRAM_WEIGHT);
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        return between(predictions.singletonOrThrow(), labels.singletonOrThrow());
    }

    public NDArray between(NDArray prediction, NDArray target) {
        NDList predicted = layers(prediction);
        NDList wanted = layers(target);
        NDArray total = Distance.L1.between(prediction, target);
        for (int i = 0; i < layerWeights.length; i++) {
            NDArray p = predicted.get(i), t = wanted.get(i).stopGradient();
            float weight = layerWeights[i];
            total = total.add(Distance.L1.between(p, t).mul(weight))
                    .add(Distance.L1.between(GramMatrix.of(p), GramMatrix.of(t)).mul(gramWeight * weight * weight));
        }
        return total;
    }

    private NDList layers(NDArray images) {
        NDList layers = features.apply(images);
        if (layers.size() != layerWeights.length) {
            throw new IllegalArgumentException("The feature network gives " + layers.size() + " layers but "
                    + layerWeights.length + " layer weights were given: " + Arrays.toString(layerWeights));
        }
        return layers;
    }
}
