package org.neuralij.recipes;

import org.neuralij.model.ModelManifest;
import org.neuralij.task.train.TrainRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The recipe of the shipped model {@code models/restore} ("decrappify", lesson 7): our own Train
 * Model on gray copies of the test images except the held-out camera.png and cell.png, and on the
 * twelve photographs of training-images/photos, with inputs
 * made by crappify — a random number written on the image, a little Gaussian noise, then JPEG at a
 * quality from 10 to 70 — and the course's U-Net trained with pixel L1 loss. Being a 1-channel model,
 * it restores RGB images channel by channel.
 *
 * <p>Run: {@code bin/recipe TrainRestorer models/restore 12 600}
 */
public final class TrainRestorer {

    static final String CRAPPIFY = "text,text,text,gauss=0.005-0.02,jpeg=10-70";
    static final int BATCH = 8;
    static final int PATCH = 96;

    public static void main(String[] args) throws Exception {
        RecipeFiles.Arguments arguments = RecipeFiles.Arguments.of(args, "models/restore", 12, 600);
        Path output = arguments.output();
        int epochs = arguments.epochs();
        int steps = arguments.steps();
        Path work = Files.createTempDirectory("restore-recipe");
        Path images = RecipeFiles.addTrainingPhotos(RecipeFiles.grayTrainingImages(work.resolve("images"), TrainGrayDenoiser.TRAINING_IMAGES));
        TrainRequest request = TrainRequest.builder("restore", images, "restore").crappify(CRAPPIFY).architecture("unet")
                .epochs(epochs).steps(steps).batch(BATCH).patch(PATCH).validation(0.1).seed(TrainGrayDenoiser.SEED).build();
        long start = System.nanoTime();
        RecipeFiles.copyModel(RecipeFiles.train(request, work, "L1").folder(), output);
        String time = RecipeFiles.minutesSince(start) + String.format(Locale.ROOT, " on 2 CPU cores (%d steps of %d patches %dx%d)", epochs * steps, BATCH, PATCH, PATCH);
        String recipe = RecipeFiles.recipe(TrainRestorer.class, request, "<gray copies of the training images>");
        String quality = RestoreReport.measure(org.neuralij.model.ModelPackage.open(output));
        ModelManifest model = ModelManifest.read(output.resolve(ModelManifest.FILE_NAME));
        RecipeFiles.shipManifest(output, "1.0.0",
                "Restores grayscale or RGB photographs: removes JPEG artefacts, light noise and numbers written over the image (decrappify); "
                        + "the course's U-Net, run on each channel.",
                new ModelManifest.Provenance(
                "scikit-image sample images shipped by Debian's python3-skimage (test-images/: " + String.join(", ", TrainGrayDenoiser.TRAINING_IMAGES)
                        + ") and the twelve nature photographs of Debian's mate-backgrounds (training-images/photos), 8-bit gray, degraded by crappify [" + CRAPPIFY + "]; held out: " + String.join(", ", RestoreReport.HELD_OUT),
                "model: GPL-2.0-or-later, as the photographs it learnt from; " + RecipeFiles.PHOTO_LICENCE + "; test images: " + RecipeFiles.TEST_IMAGE_TERMS,
                recipe, model.provenance().epochs(), time, quality + "; " + model.provenance().quality(),
                "L1 loss, Adam with one-cycle learning rate (max " + request.learningRate() + ") and momentum, " + PATCH + "x" + PATCH + " patches with flips and rotations, seed " + TrainGrayDenoiser.SEED));
        System.out.println(quality);
        System.exit(0);
    }
}
