package org.neuralij.train.loop;

import org.neuralij.nn.StyleTransferNet;
import org.neuralij.train.loss.Distance;
import org.neuralij.train.loss.StyleTransferLoss;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a fast style-transfer training learns and with what loss: the {@link StyleTransferNet}'s
 * width and residual blocks, the loss weights and taps, the longer side the style image is shrunk
 * to before its Gram matrices are taken (0 = as it is), the feature network (a TorchScript VGG
 * file, or null for the seeded random-filter network) and how many fixed content patches give the
 * validation loss and the preview.
 */
public record FastStyleSettings(int width, int residualBlocks, StyleTransferLoss.Weights loss, int styleSize, Path featureNetwork, int validationPatches) {

    /**
     * Content tap 1 (VGG's relu2_2, Johnson et al.'s choice) and the first 4 taps for style,
     * with MSE; the weights balance the two terms on the random-filter network (see
     * docs/feature-networks.md for the measurement); no total variation.
     */
    public static final StyleTransferLoss.Weights DEFAULT_LOSS = new StyleTransferLoss.Weights(1, 1e3f, 0, 1, 4, Distance.MSE);

    public FastStyleSettings {
        if (width < 1 || residualBlocks < 0) throw new IllegalArgumentException("The style network needs a width ≥ 1 and ≥ 0 residual blocks, not " + width + " and " + residualBlocks);
        if (styleSize < 0) throw new IllegalArgumentException("The style size must be 0 (as it is) or a number of pixels, not " + styleSize);
        if (validationPatches < 1) throw new IllegalArgumentException("At least one validation patch is needed, not " + validationPatches);
    }

    /** The paper's network (width 32, 5 residual blocks), the default loss, the style image shrunk to 512 px, the random-filter features, 4 validation patches. */
    public static FastStyleSettings defaults() {
        return new FastStyleSettings(32, 5, DEFAULT_LOSS, 512, null, 4);
    }

    public FastStyleSettings withNetwork(int width, int residualBlocks) {
        return new FastStyleSettings(width, residualBlocks, loss, styleSize, featureNetwork, validationPatches);
    }

    public FastStyleSettings withLoss(StyleTransferLoss.Weights weights) {
        return new FastStyleSettings(width, residualBlocks, weights, styleSize, featureNetwork, validationPatches);
    }

    public FastStyleSettings withFeatureNetwork(Path torchScriptFile) {
        return new FastStyleSettings(width, residualBlocks, loss, styleSize, torchScriptFile, validationPatches);
    }

    /** A new, uninitialised network of this architecture. */
    public StyleTransferNet network() {
        return new StyleTransferNet(width, residualBlocks);
    }

    /** The model manifest's architecture name and parameters that rebuild the trained network. */
    public String architecture() {
        return "style-net";
    }

    public Map<String, Double> architectureParams() {
        return Map.of("width", (double) width, "blocks", (double) residualBlocks);
    }
}
