package org.neuralij.recipes;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import org.neuralij.image.FloatImage;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.nn.FeatureExtractor;
import org.neuralij.nn.FeatureNetworks;
import org.neuralij.task.FastStyle;
import org.neuralij.task.StyleOptimization;
import org.neuralij.task.StyleSettings;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.neuralij.train.data.StyleImage;
import org.neuralij.train.loop.FastStyleSettings;
import org.neuralij.train.loss.StyleTransferLoss;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures style transfer with the style of {@code style-default} on the held-out photos
 * ({@value #SIZE} px on the longer side): the unweighted content and style losses
 * ({@link FastStyleSettings#DEFAULT_LOSS}: content at tap 1, Gram matrices over 4 taps, MSE) of the
 * content unchanged ("before"), of the {@code style-default} model's output (when the model folder
 * exists) and of method=optimize (L-BFGS, the given iterations), in the random-filter network and,
 * when a file is given, in a pretrained VGG exported as TorchScript (docs/feature-networks.md).
 * Args: [model folder] [vgg-taps.pt|-] [iterations, default 100] [size, default 256].
 */
public final class StyleReport {

    static final List<String> HELD_OUT = List.of("coffee.png", "camera.png");
    static final int SIZE = 256;

    public static void main(String[] args) throws Exception {
        Path model = Paths.get(args.length > 0 ? args[0] : "models/style-default");
        Path vgg = args.length > 1 && !args[1].equals("-") ? Paths.get(args[1]) : null;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int size = args.length > 3 ? Integer.parseInt(args[3]) : SIZE;
        System.out.println(measure(model, vgg, iterations, size));
        if (vgg == null) System.out.println("No VGG TorchScript file given (none can be downloaded here): measured with the random-filter network only.");
        System.exit(0);
    }

    static void completeManifest(Path folder, String trainingTime, String recipe) throws Exception {
        ModelManifest trained = ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME));
        String quality = measure(folder, null, 0, SIZE) + "; " + trained.provenance().quality();
        ModelManifest.Provenance provenance = new ModelManifest.Provenance(
                "content: RGB test photos " + String.join(", ", TrainStyleDefault.CONTENT) + " (test-images/, shrunk to at most " + TrainStyleDefault.MAX_SIDE
                        + " px); style: test-images/style-mosaic.png (MakeStyleMosaic.java, seed " + MakeStyleMosaic.SEED + "); held out: "
                        + String.join(", ", HELD_OUT),
                RecipeFiles.TEST_IMAGE_LICENCE + "; style image made here, CC0", recipe, trained.provenance().epochs(), trainingTime, quality,
                trained.provenance().notes());
        RecipeFiles.shipManifest(folder, "1.0.0", "Paints RGB images in the style of a colourful mosaic (test-images/style-mosaic.png): fast style transfer"
                + " (Johnson et al.) trained with the random-filter feature network.", provenance);
        System.out.println(quality);
    }

    /** One line per feature network and held-out image; {@code iterations} 0 leaves method=optimize out. */
    static String measure(Path model, Path vgg, int iterations, int size) throws Exception {
        List<Path> networks = new ArrayList<>();
        networks.add(null);
        if (vgg != null) networks.add(vgg);
        boolean fast = Files.isRegularFile(model.resolve(ModelManifest.FILE_NAME));
        ImagePlus styleImage = IJ.openImage(TrainStyleDefault.STYLE.toString());
        List<String> lines = new ArrayList<>();
        if (!fast) lines.add(model + " does not exist: the fast model is not measured.");
        ModelRegistry registry = new ModelRegistry(List.of());
        for (Path network : networks) {
            try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch"); FeatureExtractor features = FeatureNetworks.open(network, Device.cpu())) {
                StyleTransferLoss loss = new StyleTransferLoss(features::taps, FastStyleSettings.DEFAULT_LOSS,
                        batch(manager, StyleImage.of(styleImage).shrunkTo(FastStyleSettings.defaults().styleSize()).pixels()));
                for (String name : HELD_OUT) {
                    ImagePlus content = rgbAt(IJ.openImage(Paths.get("test-images", name).toString()), size);
                    NDArray contentBatch = batch(manager, unit(content));
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s, %s (%dx%d): unchanged %s", features.description(), name,
                            content.getWidth(), content.getHeight(), losses(loss, contentBatch, contentBatch)));
                    if (fast) {
                        ImagePlus painted = new FastStyle(registry).run(content, model.toString(), TilingOptions.automatic(), "cpu", TaskProgress.NONE).image();
                        line.append("; style-default ").append(losses(loss, batch(manager, unit(painted)), contentBatch));
                    }
                    if (iterations > 0) {
                        StyleSettings settings = StyleSettings.defaults().withIterations(iterations).withSize(size).withFeatures(network == null ? "" : network.toString());
                        ImagePlus optimized = new StyleOptimization(registry).run(content, styleImage, settings, "cpu", TaskProgress.NONE, StyleOptimization.Preview.NONE).image();
                        line.append("; optimize (L-BFGS, ").append(iterations).append(" iterations) ").append(losses(loss, batch(manager, unit(optimized)), contentBatch));
                    }
                    lines.add(line.toString());
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String losses(StyleTransferLoss loss, NDArray painted, NDArray content) {
        StyleTransferLoss.Parts parts = loss.evaluate(painted, content);
        return String.format(Locale.ROOT, "content %.4g, style %.4g", parts.content().getFloat(), parts.style().getFloat());
    }

    /** An RGB copy, the longer side shrunk to at most {@code size}. */
    private static ImagePlus rgbAt(ImagePlus image, int size) {
        ImageProcessor ip = image.getProcessor().convertToRGB();
        int longer = Math.max(ip.getWidth(), ip.getHeight());
        if (longer > size) {
            ip.setInterpolationMethod(ImageProcessor.BILINEAR);
            ip = ip.resize(ip.getWidth() * size / longer, ip.getHeight() * size / longer, true);
        }
        return new ImagePlus(image.getTitle(), ip);
    }

    private static FloatImage unit(ImagePlus rgb) {
        return StyleImage.of(rgb).pixels();
    }

    private static NDArray batch(NDManager manager, FloatImage image) {
        return manager.create(image.data(), new Shape(1, image.channels(), image.height(), image.width()));
    }
}
