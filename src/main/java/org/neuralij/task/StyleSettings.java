package org.neuralij.task;

import org.neuralij.train.loss.Distance;
import org.neuralij.train.loss.StyleTransferLoss;
import org.neuralij.train.optim.AdamMinimizer;
import org.neuralij.train.optim.Lbfgs;
import org.neuralij.train.optim.Minimizer;

import java.util.Locale;

/**
 * The keys of Style Transfer... method=optimize (Gatys et al.): iterations, the weights of the
 * content, style and total-variation terms, the working size (longest side the optimisation runs
 * at), the optimiser (lbfgs or adam), the feature network (empty = the built-in random-filter
 * network; else a TorchScript VGG file or an installed model's name) and how often the preview is
 * shown (0 = never). Each wrong value is refused with a message naming the key and what to give.
 */
public record StyleSettings(int iterations, float styleWeight, float contentWeight, float tvWeight, int size, String optimizer, String features,
                            int previewEvery) {

    public static final int DEFAULT_ITERATIONS = 100;
    public static final float DEFAULT_STYLE_WEIGHT = 1000;
    public static final float DEFAULT_CONTENT_WEIGHT = 1;
    public static final float DEFAULT_TV_WEIGHT = 0;
    public static final int DEFAULT_SIZE = 256;
    public static final int DEFAULT_PREVIEW_EVERY = 10;
    /** Below this the feature network's deepest tap (after 3 poolings) would be a few pixels wide. */
    public static final int MIN_SIZE = 32;
    public static final String LBFGS = "lbfgs";
    public static final String ADAM = "adam";
    /** Adam's step in pixel values of 0..1. */
    static final float ADAM_LEARNING_RATE = 0.02f;
    /** Content at tap 1 (VGG's relu2_2), style over the first 4 taps: as the fast style network is trained. */
    static final int CONTENT_TAP = 1;
    static final int STYLE_TAPS = 4;

    public StyleSettings {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations=" + iterations + " gives nothing to do: give the number of optimisation steps, at least 1 (e.g. iterations="
                    + DEFAULT_ITERATIONS + ").");
        }
        requireWeight("style_weight", styleWeight, DEFAULT_STYLE_WEIGHT);
        requireWeight("content_weight", contentWeight, DEFAULT_CONTENT_WEIGHT);
        requireWeight("tv_weight", tvWeight, DEFAULT_TV_WEIGHT);
        if (styleWeight == 0 && contentWeight == 0) {
            throw new IllegalArgumentException("style_weight=0 and content_weight=0 leave nothing to match: give a style weight above 0 (e.g. style_weight="
                    + number(DEFAULT_STYLE_WEIGHT) + ").");
        }
        if (size < MIN_SIZE) {
            throw new IllegalArgumentException("size=" + size + " is too small: give the working size (longest side, in pixels) of at least " + MIN_SIZE
                    + ", e.g. size=" + DEFAULT_SIZE + ".");
        }
        optimizer = optimizer == null ? LBFGS : optimizer.trim().toLowerCase(Locale.ROOT);
        if (!optimizer.equals(LBFGS) && !optimizer.equals(ADAM)) {
            throw new IllegalArgumentException("optimizer=" + optimizer + " is not known: give optimizer=lbfgs (the default) or optimizer=adam.");
        }
        features = features == null ? "" : features.trim();
        if (previewEvery < 0) throw new IllegalArgumentException("preview=" + previewEvery + ": give how many iterations apart the preview is shown, or 0 for none.");
    }

    public static StyleSettings defaults() {
        return new StyleSettings(DEFAULT_ITERATIONS, DEFAULT_STYLE_WEIGHT, DEFAULT_CONTENT_WEIGHT, DEFAULT_TV_WEIGHT, DEFAULT_SIZE, LBFGS, "", DEFAULT_PREVIEW_EVERY);
    }

    public StyleSettings withIterations(int count) {
        return new StyleSettings(count, styleWeight, contentWeight, tvWeight, size, optimizer, features, previewEvery);
    }

    public StyleSettings withSize(int pixels) {
        return new StyleSettings(iterations, styleWeight, contentWeight, tvWeight, pixels, optimizer, features, previewEvery);
    }

    public StyleSettings withOptimizer(String name) {
        return new StyleSettings(iterations, styleWeight, contentWeight, tvWeight, size, name, features, previewEvery);
    }

    public StyleSettings withFeatures(String network) {
        return new StyleSettings(iterations, styleWeight, contentWeight, tvWeight, size, optimizer, network, previewEvery);
    }

    StyleTransferLoss.Weights lossWeights() {
        return new StyleTransferLoss.Weights(contentWeight, styleWeight, tvWeight, CONTENT_TAP, STYLE_TAPS, Distance.MSE);
    }

    Minimizer minimizer() {
        return optimizer.equals(ADAM) ? new AdamMinimizer(ADAM_LEARNING_RATE) : Lbfgs.standard();
    }

    private static void requireWeight(String key, float value, float defaultValue) {
        if (!(value >= 0) || Float.isInfinite(value)) {
            throw new IllegalArgumentException(key + "=" + number(value) + " is not allowed: give a weight of 0 or more (default " + key + "=" + number(defaultValue) + ").");
        }
    }

    private static String number(float value) {
        return value == Math.rint(value) && !Float.isInfinite(value) ? Long.toString((long) value) : Float.toString(value);
    }
}
