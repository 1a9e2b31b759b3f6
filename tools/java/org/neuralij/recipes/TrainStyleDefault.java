package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import org.neuralij.model.ModelManifest;
import org.neuralij.task.train.TrainModel;
import org.neuralij.task.train.TrainRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * The recipe of the shipped model {@code models/style-default}: our own Train Model with
 * {@code task=style} — the {@code style-net} (width 32, 5 residual blocks) trained against the
 * Gram matrices of {@code test-images/style-mosaic.png} ({@link MakeStyleMosaic}, CC0) in the
 * built-in random-filter feature network, on {@value #PATCH}×{@value #PATCH} patches of the RGB test
 * photos (shrunk to at most {@value #MAX_SIDE} px) except coffee.png, held out with camera.png for
 * {@link StyleReport}. Then measures the model and writes the figures into its manifest.
 *
 * <p>Run: {@code java … org.neuralij.recipes.TrainStyleDefault models/style-default 8 75} (output, epochs, steps per epoch).
 */
public final class TrainStyleDefault {

    static final List<String> CONTENT = List.of("astronaut.png", "chelsea.png", "rocket.jpg", "retina.jpg", "hubble_deep_field.jpg", "immunohistochemistry.png");
    static final Path STYLE = Paths.get("test-images", "style-mosaic.png");
    static final int MAX_SIDE = 512;
    static final int BATCH = 4;
    static final int PATCH = 128;
    static final float LEARNING_RATE = 1e-3f;
    static final long SEED = 13;

    public static void main(String[] args) throws Exception {
        RecipeFiles.Arguments arguments = RecipeFiles.Arguments.of(args, "models/style-default", 8, 75);
        Path work = Files.createTempDirectory("style-default-recipe");
        Path images = contentImages(work.resolve("images"));
        TrainRequest request = TrainRequest.builder("style", images, "style-default").style(STYLE.toAbsolutePath()).epochs(arguments.epochs())
                .steps(arguments.steps()).batch(BATCH).patch(PATCH).learningRate(LEARNING_RATE).validation(0.1).seed(SEED).build();
        long start = System.nanoTime();
        TrainModel.Outcome outcome = RecipeFiles.train(request, work, "loss");
        String time = String.format(Locale.ROOT, "%s on 2 CPU cores (%d steps of %d patches %dx%d)", RecipeFiles.minutesSince(start),
                arguments.epochs() * arguments.steps(), BATCH, PATCH, PATCH);
        RecipeFiles.copyModel(outcome.folder(), arguments.output());
        String recipe = RecipeFiles.recipe(TrainStyleDefault.class, request, "<RGB test photos>").replace(STYLE.toAbsolutePath().toString(), STYLE.toString());
        StyleReport.completeManifest(arguments.output(), time, recipe);
        System.out.println("model in " + arguments.output().resolve(ModelManifest.FILE_NAME));
        System.exit(0);
    }

    /** RGB TIFF copies of the content photos, the longer side shrunk to at most {@value #MAX_SIDE} px. */
    static Path contentImages(Path folder) throws Exception {
        Files.createDirectories(folder);
        for (String name : CONTENT) {
            ImagePlus image = IJ.openImage(Paths.get("test-images", name).toString());
            ImageProcessor ip = image.getProcessor();
            int longer = Math.max(ip.getWidth(), ip.getHeight());
            if (longer > MAX_SIDE) {
                ip.setInterpolationMethod(ImageProcessor.BILINEAR);
                ip = ip.resize(ip.getWidth() * MAX_SIDE / longer, ip.getHeight() * MAX_SIDE / longer, true);
            }
            IJ.saveAsTiff(new ImagePlus(name, ip), folder.resolve(name + ".tif").toString());
        }
        return folder;
    }
}
