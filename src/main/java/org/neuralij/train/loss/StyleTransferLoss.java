package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

import java.util.function.Function;

/**
 * The perceptual loss of style transfer (Gatys et al.; Johnson et al. for the feed-forward
 * network): contentWeight × distance between the output's and the content image's activations at
 * one (deeper) tap of a frozen feature network, plus styleWeight × the sum over the first
 * {@code styleTaps} taps of the distance between the output's {@link GramMatrix Gram matrices}
 * and the style image's, plus totalVariationWeight × {@link TotalVariation}. The style image's
 * Gram matrices are computed once, detached, when the loss is made.
 */
public final class StyleTransferLoss {

    /** The settings of the loss; {@code contentTap} counts taps from 0, shallow to deep. */
    public record Weights(float content, float style, float totalVariation, int contentTap, int styleTaps, Distance distance) {

        public Weights {
            if (!(content >= 0) || !(style >= 0) || !(totalVariation >= 0)) {
                throw new IllegalArgumentException("The content, style and total-variation weights must be 0 or more, not " + content + ", " + style + ", " + totalVariation);
            }
            if (contentTap < 0 || styleTaps < 1) throw new IllegalArgumentException("content tap " + contentTap + " and style taps " + styleTaps + ": give a tap ≥ 0 and at least one style tap");
        }

        /** Fails with what the feature network offers when it has fewer taps than these weights use. */
        public void requireTaps(int available, String network) {
            if (contentTap >= available || styleTaps > available) {
                throw new IllegalArgumentException("The feature network (" + network + ") has " + available + " taps (0–" + (available - 1)
                        + "): the content tap " + contentTap + " and " + styleTaps + " style taps do not fit.");
            }
        }
    }

    /** The weighted total and its unweighted parts, as scalars. */
    public record Parts(NDArray total, NDArray content, NDArray style, NDArray totalVariation) {
    }

    private final Function<NDArray, NDList> features;
    private final Weights weights;
    private final NDList styleGrams = new NDList();

    public StyleTransferLoss(Function<NDArray, NDList> features, Weights weights, NDArray styleImage) {
        this.features = features;
        this.weights = weights;
        NDList styleTaps = features.apply(styleImage.stopGradient());
        for (int i = 0; i < weights.styleTaps(); i++) styleGrams.add(GramMatrix.of(styleTaps.get(i)).stopGradient());
    }

    /** The unweighted style term alone: how far the images' texture statistics are from the style image's. */
    public NDArray style(NDArray images) {
        return style(features.apply(images));
    }

    public Parts evaluate(NDArray output, NDArray content) {
        return evaluateAgainst(output, contentTarget(content));
    }

    /** The content images' activations at the content tap, detached: computed once when the same content is compared many times (optimisation-based style transfer). */
    public NDArray contentTarget(NDArray content) {
        return features.apply(content.stopGradient()).get(weights.contentTap()).stopGradient();
    }

    /** As {@link #evaluate}, with the content given by its {@link #contentTarget}. */
    public Parts evaluateAgainst(NDArray output, NDArray wanted) {
        NDList produced = features.apply(output);
        NDArray contentLoss = weights.distance().between(produced.get(weights.contentTap()), wanted);
        NDArray styleLoss = style(produced);
        NDArray variation = TotalVariation.of(output);
        NDArray total = contentLoss.mul(weights.content()).add(styleLoss.mul(weights.style())).add(variation.mul(weights.totalVariation()));
        return new Parts(total, contentLoss, styleLoss, variation);
    }

    private NDArray style(NDList taps) {
        NDArray sum = null;
        for (int i = 0; i < styleGrams.size(); i++) {
            NDArray distance = weights.distance().between(GramMatrix.of(taps.get(i)), styleGrams.get(i));
            sum = sum == null ? distance : sum.add(distance);
        }
        return sum;
    }
}
