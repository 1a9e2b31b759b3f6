package org.neuralij.recipes;

import ij.IJ;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.train.TrainModel;
import org.neuralij.task.train.TrainRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * The recipe of the shipped model {@code models/segment-nuclei}: our own Train Model command
 * with {@code task=segment} on {@value #TRAINING_IMAGES} synthetic nuclei images of 256×256
 * ({@link SyntheticNuclei}, seeds 1…{@value #TRAINING_IMAGES}) and their masks (0 background,
 * 1 interior, 2 boundary); the U-Net with cross-entropy + Dice loss. The test images of
 * {@link NucleiReport} use other seeds. Then measures the model and writes the figures into its
 * manifest.
 *
 * <p>Run: {@code bin/recipe TrainNucleiSegmenter models/segment-nuclei 24 300}
 */
public final class TrainNucleiSegmenter {

    static final int TRAINING_IMAGES = 48;
    static final int SIZE = 256;
    static final int BATCH = 8;
    static final int PATCH = 64;
    static final long SEED = 42;

    public static void main(String[] args) throws Exception {
        Path output = Paths.get(args.length > 0 ? args[0] : "models/segment-nuclei");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path work = Files.createTempDirectory("segment-nuclei-recipe");
        Path images = Files.createDirectories(work.resolve("images"));
        Path masks = Files.createDirectories(work.resolve("masks"));
        for (int seed = 1; seed <= TRAINING_IMAGES; seed++) {
            SyntheticNuclei nuclei = SyntheticNuclei.generate(SIZE, SIZE, seed);
            String name = String.format(Locale.ROOT, "nuclei-%03d.tif", seed);
            IJ.saveAsTiff(nuclei.image(name), images.resolve(name).toString());
            IJ.saveAsTiff(nuclei.classes(name), masks.resolve(name).toString());
        }
        TrainRequest request = TrainRequest.builder("segment", images, "segment-nuclei").targets(masks).architecture("unet")
                .loss("cross-entropy+dice").epochs(epochs).steps(steps).batch(BATCH).patch(PATCH).learningRate(2e-3f)
                .validation(0.1).seed(SEED).build();
        long start = System.nanoTime();
        TrainModel.Outcome outcome = new TrainModel(new ModelRegistry(List.of(work.resolve("models")))).train(request, "cpu", RecipeFiles.printingEpochs("loss"));
        double minutes = (System.nanoTime() - start) / 60e9;
        RecipeFiles.copyModel(outcome.folder(), output);
        String recipe = "tools/java/org/neuralij/recipes/TrainNucleiSegmenter.java, which runs "
                + request.macroLine().replace(images.toString(), "<synthetic images>").replace(masks.toString(), "<their masks>");
        NucleiReport.completeManifest(output, String.format(Locale.ROOT, "%.1f min on 2 CPU cores (%d steps of %d patches %dx%d)",
                minutes, epochs * steps, BATCH, PATCH, PATCH), recipe, request.augmentation().spec());
        System.exit(0);
    }
}
