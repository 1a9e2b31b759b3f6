package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * A frozen feature network for perceptual and style losses: its parameters never get a gradient,
 * but gradients flow through it to its input. {@link #taps} gives the activations just before each
 * pooling stage, shallow to deep.
 *
 * <p>Input: a batch N×3×H×W (or N×1×H×W, repeated to 3 channels) of RGB values in [0, 1]; the
 * extractor applies {@link ImageNetInput}'s normalisation itself.
 */
public interface FeatureExtractor extends AutoCloseable {

    /** The activations before each pooling stage, attached to the input's manager. */
    NDList taps(NDArray images);

    /** How many activations {@link #taps} returns. */
    int tapCount();

    /** What the network is, for logs and model provenance. */
    String description();

    @Override
    void close();
}
