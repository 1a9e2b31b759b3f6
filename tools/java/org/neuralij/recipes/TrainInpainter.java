package org.neuralij.recipes;

import org.neuralij.task.train.TrainRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * The recipe of the shipped model {@code models/inpaint}: our own Train Model command with
 * {@code task=inpaint} on the gray versions of the test images, except camera.png and cell.png,
 * held out for the quality figure ({@link InpaintReport}); holes cut by crappify
 * {@code holes=30-60/8-32}; the course's U-Net (width 32, depth 3), pixel L1 on the hole.
 *
 * <p>Run (after {@code source bin/native-memory.sh}): {@code bin/recipe TrainInpainter models/inpaint 10 300}
 */
public final class TrainInpainter {

    static final String HOLES = "holes=30-60/8-32";
    static final int BATCH = 8;
    static final int PATCH = 64;

    public static void main(String[] args) throws Exception {
        Path output = Paths.get(args.length > 0 ? args[0] : "models/inpaint");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path work = Files.createTempDirectory("inpaint-recipe");
        Path images = RecipeFiles.grayTrainingImages(work.resolve("images"), TrainGrayDenoiser.TRAINING_IMAGES);
        TrainRequest request = TrainRequest.builder("inpaint", images, "inpaint").crappify(HOLES).architecture("unet").loss("l1")
                .epochs(epochs).steps(steps).batch(BATCH).patch(PATCH).learningRate(1e-3f).validation(0.1).seed(TrainGrayDenoiser.SEED).build();
        long start = System.nanoTime();
        RecipeFiles.copyModel(RecipeFiles.train(request, work, "L1").folder(), output);
        String recipe = RecipeFiles.recipe(TrainInpainter.class, request, "<gray copies of the training images>");
        InpaintReport.completeManifest(output, String.format(Locale.ROOT, "%.1f min on 2 CPU cores (%d steps of %d patches %dx%d)",
                (System.nanoTime() - start) / 60e9, epochs * steps, BATCH, PATCH, PATCH), recipe,
                "input: the image normalised with its 1 %/99.8 % percentiles, holes blanked by the diffusion fill, plus the hole mask as channel 2; "
                        + "L1 on the prediction pasted into the hole (errors outside the hole weighted 1 %); Adam with one-cycle learning rate (max 1e-3); "
                        + PATCH + "x" + PATCH + " patches with flips and rotations, seed " + TrainGrayDenoiser.SEED);
        System.exit(0);
    }
}
