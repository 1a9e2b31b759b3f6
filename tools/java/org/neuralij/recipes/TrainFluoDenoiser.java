package org.neuralij.recipes;

import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.task.train.TrainRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The recipe of the shipped model {@code models/denoise-fluo}: our own Train Model on 64 seeded
 * synthetic fluorescence-like images ({@link SyntheticFluorescence}, seeds 1-64, 16-bit), with inputs
 * made by crappify — Poisson (shot) noise of 10 to 4000 photons at the brightest value (log-uniform) plus Gaussian read
 * noise — and augmented with uneven backgrounds and brightness; the course's U-Net trained with pixel L1 loss. Held-out test images have
 * seeds from 9001; {@link FluoDenoiserRobustness} varies them.
 *
 * <p>Run: {@code bin/recipe TrainFluoDenoiser models/denoise-fluo 16 500}
 */
public final class TrainFluoDenoiser {

    static final String CRAPPIFY = "poisson=10-4000,gauss=0.001-0.04";
    /** Backgrounds and brightness as uneven as the robustness suite's (FluoDenoiserRobustness), in input and target alike. */
    static final String AUGMENT = "flip,rot90,scale=0.5-1.5,field=0-1.5";
    static final int IMAGES = 64;
    static final int BATCH = 8;
    static final int PATCH = 64;

    public static void main(String[] args) throws Exception {
        RecipeFiles.Arguments arguments = RecipeFiles.Arguments.of(args, "models/denoise-fluo", 16, 500);
        Path output = arguments.output();
        int epochs = arguments.epochs();
        int steps = arguments.steps();
        Path work = Files.createTempDirectory("denoise-fluo-recipe");
        Path images = SyntheticFluorescence.write(work.resolve("images"), 1, IMAGES);
        TrainRequest request = TrainRequest.builder("denoise", images, "denoise-fluo").crappify(CRAPPIFY).augment(AUGMENT).architecture("unet")
                .epochs(epochs).steps(steps).batch(BATCH).patch(PATCH).validation(0.1).seed(TrainGrayDenoiser.SEED).build();
        long start = System.nanoTime();
        RecipeFiles.copyModel(RecipeFiles.train(request, work, "L1").folder(), output);
        String time = RecipeFiles.minutesSince(start) + String.format(Locale.ROOT, " on 2 CPU cores (%d steps of %d patches %dx%d)", epochs * steps, BATCH, PATCH, PATCH);
        String recipe = RecipeFiles.recipe(TrainFluoDenoiser.class, request, "<synthetic images of SyntheticFluorescence, seeds 1-" + IMAGES + ">");
        String quality = FluoDenoiserReport.measure(ModelPackage.open(output)) + "; " + FluoDenoiserRobustness.summary(ModelPackage.open(output));
        ModelManifest model = ModelManifest.read(output.resolve(ModelManifest.FILE_NAME));
        RecipeFiles.shipManifest(output, "1.1.0",
                "Removes Poisson (shot) and Gaussian (read) noise from fluorescence micrographs, 8/16/32-bit, each channel in turn; the course's U-Net.",
                new ModelManifest.Provenance(
                IMAGES + " synthetic fluorescence-like images (textured nuclei, filaments, puncta, smooth background, Gaussian PSF) made by the seeded generator "
                        + "tools/java/org/neuralij/recipes/SyntheticFluorescence.java (seeds 1-" + IMAGES + "), degraded by crappify [" + CRAPPIFY
                        + "]; held out: seeds " + FluoDenoiserReport.FIRST_TEST_SEED + "-" + (FluoDenoiserReport.FIRST_TEST_SEED + FluoDenoiserReport.TEST_IMAGES - 1),
                "model: CC0-1.0; training data generated here (no third-party images)",
                recipe, model.provenance().epochs(), time, quality + "; " + model.provenance().quality(),
                "L1 loss, Adam with one-cycle learning rate (max 1e-3) and momentum, " + PATCH + "x" + PATCH + " patches augmented by augment=[" + AUGMENT + "] (uneven backgrounds and brightness in input and target alike), seed " + TrainGrayDenoiser.SEED));
        System.out.println(quality);
        System.exit(0);
    }
}
