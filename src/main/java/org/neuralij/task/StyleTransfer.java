package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.task.keys.Key;
import org.neuralij.task.keys.KeyValues;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Style Transfer...: paints the image in a style, by one of two methods. {@code optimize} (Gatys et al., the default)
 * optimises the pixels toward the style of another open image ({@code style=}); {@code fast} runs a trained style
 * network ({@code model=}, Johnson et al.) in one pass.
 */
public final class StyleTransfer {

    /** How the image is painted. */
    public enum Method {
        OPTIMIZE, FAST;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Key<Method> METHOD = Key.choice("method", "Method", Method.class, Method::key, Method.OPTIMIZE);
    public static final Key<String> STYLE = Key.openImage("style", "Style (an open image; optimize)", "");
    public static final Key<Integer> ITERATIONS = Key.wholeNumber("iterations", "Iterations", StyleSettings.DEFAULT_ITERATIONS, 0);
    public static final Key<Double> STYLE_WEIGHT = Key.number("style_weight", "Style_weight", StyleSettings.DEFAULT_STYLE_WEIGHT);
    public static final Key<Double> CONTENT_WEIGHT = Key.number("content_weight", "Content_weight", StyleSettings.DEFAULT_CONTENT_WEIGHT);
    public static final Key<Double> TV_WEIGHT = Key.number("tv_weight", "TV_weight (total variation)", StyleSettings.DEFAULT_TV_WEIGHT);
    public static final Key<Integer> SIZE = Key.wholeNumber("size", "Size (longest side worked at, pixels)", StyleSettings.DEFAULT_SIZE, 1);
    public static final Key<String> OPTIMIZER = Key.openChoice("optimizer", "Optimizer", List.of(StyleSettings.LBFGS, StyleSettings.ADAM),
            StyleSettings.LBFGS, text -> text.trim().toLowerCase(Locale.ROOT));
    public static final Key<String> FEATURES = Key.text("features", "Features (empty = built-in network)", "");
    public static final Key<Integer> PREVIEW = Key.wholeNumber("preview", "Preview (iterations apart, 0 = none)", StyleSettings.DEFAULT_PREVIEW_EVERY, 0);
    public static final Key<String> MODEL = Key.model(FastStyle.DEFAULT_MODEL);
    public static final ImageCommand<StyleResult> COMMAND = new ImageCommand<>("Style Transfer", List.of(METHOD, STYLE, ITERATIONS, STYLE_WEIGHT,
            CONTENT_WEIGHT, TV_WEIGHT, SIZE, OPTIMIZER, FEATURES, PREVIEW, MODEL, CommonKeys.TILE, CommonKeys.OVERLAP, CommonKeys.DEVICE), MODEL,
            FastStyle.REQUIREMENT, StyleTransfer::run);

    private StyleTransfer() {
    }

    public static StyleSettings settings(KeyValues values) {
        return new StyleSettings(values.get(ITERATIONS), values.get(STYLE_WEIGHT).floatValue(), values.get(CONTENT_WEIGHT).floatValue(),
                values.get(TV_WEIGHT).floatValue(), values.get(SIZE), values.get(OPTIMIZER), values.get(FEATURES), values.get(PREVIEW));
    }

    private static StyleResult run(ImagePlus input, KeyValues values, CommandContext context) throws IOException {
        if (values.get(METHOD) == Method.FAST) {
            return new FastStyle(context.registry()).run(input, values.get(MODEL), CommonKeys.tiling(values), values.get(CommonKeys.DEVICE), context.progress());
        }
        StyleSettings settings = settings(values);
        return new StyleOptimization(context.registry()).run(input, styleImage(values.get(STYLE), context.images()), settings, values.get(CommonKeys.DEVICE),
                context.progress(), context.preview());
    }

    private static ImagePlus styleImage(String title, OpenImages images) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("method=optimize needs a style image: give style= the title of the open image whose style to paint with "
                    + "(open it first).");
        }
        ImagePlus image = images.titled(title.trim());
        if (image == null) {
            throw new IllegalArgumentException("There is no open image titled '" + title.trim() + "' to take the style from: open the style image and give its title as style=.");
        }
        return image;
    }
}
