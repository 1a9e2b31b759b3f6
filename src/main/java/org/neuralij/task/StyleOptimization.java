package org.neuralij.task;

import org.neuralij.image.FloatImage;
import org.neuralij.nn.engine.TorchEngine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ij.ImagePlus;
import ij.measure.Calibration;
import ij.process.ImageProcessor;
import org.neuralij.model.DeviceChoice;
import org.neuralij.model.DeviceSelector;
import org.neuralij.model.ModelRegistry;
import org.neuralij.nn.FeatureExtractor;
import org.neuralij.nn.FeatureNetworks;
import org.neuralij.task.train.FeatureNetworkFile;
import org.neuralij.train.loss.StyleTransferLoss;
import org.neuralij.train.optim.Minimizer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Style Transfer... method=optimize (Gatys et al., lesson 13): the pixels of the content image
 * (the current plane, as RGB in [0, 1]) are optimised, starting from the content itself, to keep
 * its activations at the content tap of a frozen feature network and take on the Gram matrices of
 * the style image over the style taps, with an optional total-variation term. Both images are
 * shrunk to the working size first (longer side at most {@code size=}); the result is enlarged
 * back to the content's size, as an 8-bit RGB image with the content's calibration. The loss
 * before (the content unchanged) and after is added to the notes and, for macros, to the result's
 * properties. Cancelling keeps the best image so far. Neither input is changed.
 */
public final class StyleOptimization {

    /** A style image smaller than this on a side has too few pixels for the Gram matrices of the deeper taps. */
    public static final int MIN_STYLE_SIDE = 32;

    /** Where the image is shown while it improves; the menu opens a window, batch and headless runs show nothing. */
    @FunctionalInterface
    public interface Preview {
        Preview NONE = (iteration, image) -> {
        };

        void show(int iteration, ImagePlus image);
    }

    private final ModelRegistry registry;

    public StyleOptimization(ModelRegistry registry) {
        this.registry = registry;
    }

    public StyleResult run(ImagePlus content, ImagePlus style, StyleSettings settings, String device, TaskProgress progress, Preview preview) throws IOException {
        InputCheck.check(content);
        // an empty ImagePlus (no pixels) is what SciJava gives for a style input left out
        if (style == null || style.getProcessor() == null) throw new IllegalArgumentException("method=optimize needs a style image: open it and give its title as style=.");
        if (style == content) throw new IllegalArgumentException("The style image is the content image itself: give as style= the title of another open image.");
        List<String> notes = new ArrayList<>();
        FloatImage contentPixels = StylePixels.unit(RgbImages.currentPlane(content, "content image", notes));
        FloatImage stylePixels = StylePixels.unit(RgbImages.currentPlane(style, "style image", notes));
        if (stylePixels.width() < MIN_STYLE_SIDE || stylePixels.height() < MIN_STYLE_SIDE) {
            throw new IllegalArgumentException("The style image '" + style.getTitle() + "' is " + stylePixels.sizeText() + " px: its texture needs at least "
                    + MIN_STYLE_SIDE + "x" + MIN_STYLE_SIDE + " px. Give a larger style image (or enlarge it with Image › Scale).");
        }
        FloatImage working = contentPixels.fittedTo(settings.size());
        if (working != contentPixels) {
            notes.add("'" + content.getTitle() + "' (" + contentPixels.sizeText() + ") is larger than size=" + settings.size() + ": the style is transferred at "
                    + working.sizeText() + " and the result enlarged back to " + contentPixels.sizeText() + ".");
        }
        FloatImage styleWorking = stylePixels.fittedTo(settings.size());
        if (styleWorking != stylePixels) notes.add("The style image is shrunk to " + styleWorking.sizeText() + " (size=" + settings.size() + ").");
        DeviceChoice chosen = DeviceSelector.forEngine(TorchEngine.get()).select(device);
        if (!chosen.message().isEmpty()) notes.add(chosen.message());
        progress.status("Style Transfer: loading the feature network…");
        try (NDManager manager = TorchEngine.newManager(chosen.device());
             FeatureExtractor features = FeatureNetworks.open(FeatureNetworkFile.resolve(registry, settings.features()), chosen.device())) {
            StyleTransferLoss.Weights weights = settings.lossWeights();
            weights.requireTaps(features.tapCount(), features.description());
            NDArray contentBatch = StylePixels.batch(manager, working);
            StyleObjective objective = new StyleObjective(new StyleTransferLoss(features::taps, weights, StylePixels.batch(manager, styleWorking)), contentBatch);
            StyleLosses before = objective.losses(contentBatch);
            String title = RunModelTask.resultTitle(content.getTitle(), "style");
            Minimizer.Minimization found = settings.minimizer().minimize(objective, contentBatch, settings.iterations(), (iteration, value, best) -> {
                progress.progress(iteration / (double) settings.iterations());
                progress.status(String.format(Locale.ROOT, "Style Transfer: iteration %d/%d, loss %.4g", iteration, settings.iterations(), value));
                if (settings.previewEvery() > 0 && iteration % settings.previewEvery() == 0) {
                    preview.show(iteration, new ImagePlus(title + " (iteration " + iteration + ")", StylePixels.rgb(StylePixels.image(best))));
                }
                return !progress.isCancelled();
            });
            NDArray painted = found.best().clip(0, 1);
            StyleLosses after = objective.losses(painted);
            notes.add(String.format(Locale.ROOT, "%s, %d of %d iterations (%s), %s: losses before %s, after %s.", settings.optimizer(), found.iterations(),
                    settings.iterations(), found.stop() == Minimizer.Stop.OBSERVER ? "cancelled: the result is the best image so far" : found.stop().description(),
                    features.description(), before.describe(), after.describe()));
            progress.progress(1);
            ImagePlus result = new ImagePlus(title, enlargedBack(StylePixels.image(painted), contentPixels));
            result.setCalibration(flatCalibration(content));
            setLosses(result, before, after, found.iterations());
            return new StyleResult(result, notes);
        }
    }

    private static ImageProcessor enlargedBack(FloatImage painted, FloatImage content) {
        return StylePixels.rgb(painted.resized(content.width(), content.height()));
    }

    private static Calibration flatCalibration(ImagePlus content) {
        Calibration calibration = content.getCalibration().copy();
        calibration.disableDensityCalibration();
        return calibration;
    }

    /** For macros: {@code Property.get("style_loss_after")} and the like. */
    private static void setLosses(ImagePlus result, StyleLosses before, StyleLosses after, int iterations) {
        result.setProp("content_loss_before", Double.toString(before.content()));
        result.setProp("content_loss_after", Double.toString(after.content()));
        result.setProp("style_loss_before", Double.toString(before.style()));
        result.setProp("style_loss_after", Double.toString(after.style()));
        result.setProp("iterations", Integer.toString(iterations));
    }
}
