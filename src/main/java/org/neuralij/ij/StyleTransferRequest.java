package org.neuralij.ij;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.FastStyle;
import org.neuralij.task.StyleOptimization;
import org.neuralij.task.StyleResult;
import org.neuralij.task.StyleSettings;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keys of Style Transfer...: method (optimize, the default, or fast), model (fast), style (the
 * title of an open image; optimize), iterations, style_weight, content_weight, tv_weight, size,
 * optimizer, features, preview (optimize), tile, overlap, device — from the macro's options or,
 * from the menu, a dialog (whose labels give the same keys when recorded).
 */
record StyleTransferRequest(String method, String model, String style, StyleSettings settings, TilingOptions tiling, String device) {

    static final String OPTIMIZE = "optimize";
    static final String FAST = "fast";
    private static final String NO_IMAGE = "(no other image open)";

    StyleTransferRequest {
        method = method.trim().toLowerCase(Locale.ROOT);
        if (!method.equals(OPTIMIZE) && !method.equals(FAST)) {
            throw new IllegalArgumentException("method=" + method + " is not known: give method=optimize (paint by optimising the pixels, needs style=) "
                    + "or method=fast (a trained style model, model=).");
        }
    }

    static StyleTransferRequest ask(ImagePlus input, ModelRegistry registry) {
        PluginOptions macro = PluginOptions.fromMacro();
        return macro != null ? of(macro) : fromDialog(input, registry);
    }

    static StyleTransferRequest of(PluginOptions macro) {
        StyleSettings settings = new StyleSettings(macro.integer("iterations", StyleSettings.DEFAULT_ITERATIONS),
                (float) macro.number("style_weight", StyleSettings.DEFAULT_STYLE_WEIGHT), (float) macro.number("content_weight", StyleSettings.DEFAULT_CONTENT_WEIGHT),
                (float) macro.number("tv_weight", StyleSettings.DEFAULT_TV_WEIGHT), macro.integer("size", StyleSettings.DEFAULT_SIZE),
                macro.text("optimizer", StyleSettings.LBFGS), macro.text("features", ""), macro.integer("preview", StyleSettings.DEFAULT_PREVIEW_EVERY));
        return new StyleTransferRequest(macro.text("method", OPTIMIZE), macro.text("model", FastStyle.DEFAULT_MODEL), macro.text("style", ""), settings,
                TilingOptions.of(macro.integer("tile", 0), macro.integer("overlap", 0)), macro.text("device", "auto"));
    }

    private static StyleTransferRequest fromDialog(ImagePlus input, ModelRegistry registry) {
        List<String> models = new ArrayList<>(registry.list().stream().map(ModelPackage::manifest).filter(FastStyle.REQUIREMENT::offers).map(m -> m.name()).distinct().toList());
        if (models.isEmpty()) models.add(FastStyle.DEFAULT_MODEL);
        List<String> others = new ArrayList<>();
        for (int id : WindowManager.getIDList() == null ? new int[0] : WindowManager.getIDList()) {
            ImagePlus image = WindowManager.getImage(id);
            if (image != null && image != input) others.add(image.getTitle());
        }
        if (others.isEmpty()) others.add(NO_IMAGE);
        StyleSettings defaults = StyleSettings.defaults();
        GenericDialog dialog = new GenericDialog("NeuralIJ Style Transfer");
        dialog.addChoice("Method", new String[] {OPTIMIZE, FAST}, OPTIMIZE);
        dialog.addMessage("optimize: paints the image in the style of another open image (slow; shows the image as it improves, Esc keeps the best so far)");
        dialog.addChoice("Style", others.toArray(new String[0]), others.get(0));
        dialog.addNumericField("Iterations", defaults.iterations(), 0);
        dialog.addNumericField("Style_weight", defaults.styleWeight(), 1);
        dialog.addNumericField("Content_weight", defaults.contentWeight(), 1);
        dialog.addNumericField("TV_weight", defaults.tvWeight(), 3);
        dialog.addNumericField("Size", defaults.size(), 0, 6, "pixels (longest side worked at)");
        dialog.addChoice("Optimizer", new String[] {StyleSettings.LBFGS, StyleSettings.ADAM}, StyleSettings.LBFGS);
        dialog.addStringField("Features", "", 20);
        dialog.addNumericField("Preview", defaults.previewEvery(), 0, 6, "iterations apart (0 = none)");
        dialog.addMessage("fast: a trained style model (Train Model... task=style) paints the image in one pass");
        dialog.addChoice("Model", models.toArray(new String[0]), models.contains(FastStyle.DEFAULT_MODEL) ? FastStyle.DEFAULT_MODEL : models.get(0));
        dialog.addNumericField("Tile", 0, 0, 6, "pixels (0 = automatic)");
        dialog.addChoice("Device", RunModelPlugin.DEVICES, "auto");
        dialog.showDialog();
        if (dialog.wasCanceled()) return null;
        String method = dialog.getNextChoice();
        String style = dialog.getNextChoice();
        StyleSettings settings = new StyleSettings((int) dialog.getNextNumber(), (float) dialog.getNextNumber(), (float) dialog.getNextNumber(),
                (float) dialog.getNextNumber(), (int) dialog.getNextNumber(), dialog.getNextChoice(), dialog.getNextString(), (int) dialog.getNextNumber());
        String model = dialog.getNextChoice();
        TilingOptions tiling = TilingOptions.of((int) dialog.getNextNumber(), 0);
        return new StyleTransferRequest(method, model, NO_IMAGE.equals(style) ? "" : style, settings, tiling, dialog.getNextChoice());
    }

    /** @param styleImage the style image of method=optimize (see {@link #openStyleImage}); null for fast */
    StyleResult run(ImagePlus input, ImagePlus styleImage, ModelRegistry registry, TaskProgress progress, StyleOptimization.Preview preview) throws IOException {
        if (method.equals(FAST)) return new FastStyle(registry).run(input, model, tiling, device, progress);
        return new StyleOptimization(registry).run(input, styleImage, settings, device, progress, preview);
    }

    /** The open image {@code style=} names, for method=optimize; null for fast. */
    ImagePlus openStyleImage() {
        return method.equals(FAST) ? null : styleImage(style);
    }

    private static ImagePlus styleImage(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("method=optimize needs style=: the title of the open image whose style to paint with (open it first).");
        }
        ImagePlus image = WindowManager.getImage(title.trim());
        if (image == null) {
            throw new IllegalArgumentException("There is no open image titled '" + title.trim() + "' to take the style from: open the style image and give its title as style=.");
        }
        return image;
    }
}
