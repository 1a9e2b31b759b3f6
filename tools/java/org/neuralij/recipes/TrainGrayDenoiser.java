package org.neuralij.recipes;

import org.neuralij.task.train.TrainModel;
import org.neuralij.task.train.TrainRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * The recipe of the shipped model {@code models/denoise-gray}: our own Train Model command
 * (the class the menu, macros and scripts call) on the gray versions of the test images,
 * except camera.png and cell.png, which are held out for the quality figure; inputs made by
 * crappify {@code gauss=0.02-0.2} (Gaussian noise of sigma 5 to 50 of 255); DnCNN 12×32.
 *
 * <p>Run: {@code bin/recipe TrainGrayDenoiser models/denoise-gray 10 400}
 */
public final class TrainGrayDenoiser {

    public static final List<String> TRAINING_IMAGES = List.of("astronaut.png", "brick.png", "chelsea.png", "coffee.png", "coins.png",
            "grass.png", "gravel.png", "hubble_deep_field.jpg", "immunohistochemistry.png", "moon.png", "page.png", "text.png");
    static final long SEED = 42;

    public static void main(String[] args) throws Exception {
        Path output = Paths.get(args.length > 0 ? args[0] : "models/denoise-gray");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        Path work = Files.createTempDirectory("denoise-gray-recipe");
        Path images = RecipeFiles.grayTrainingImages(work.resolve("images"), TRAINING_IMAGES);
        TrainRequest request = TrainRequest.builder("denoise", images, "denoise-gray").crappify("gauss=0.02-0.2").architecture("dncnn")
                .epochs(epochs).steps(steps).batch(16).patch(48).learningRate(2e-3f).validation(0.1).seed(SEED).build();
        long start = System.nanoTime();
        TrainModel.Outcome outcome = RecipeFiles.train(request, work, "L1");
        RecipeFiles.copyModel(outcome.folder(), output);
        String recipe = "tools/java/org/neuralij/recipes/TrainGrayDenoiser.java, which runs "
                + request.macroLine().replace(images.toString(), "<gray copies of the training images>");
        DenoiserReport.completeManifest(output, String.format(Locale.ROOT, "%.1f min on 2 CPU cores (%d steps of 16 patches 48x48)",
                (System.nanoTime() - start) / 60e9, epochs * steps), recipe);
        System.exit(0);
    }
}
