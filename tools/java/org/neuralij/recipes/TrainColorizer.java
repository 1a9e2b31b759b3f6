package org.neuralij.recipes;

import org.neuralij.task.train.TrainRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * The recipe of the shipped model {@code models/colorize}: our own Train Model command with
 * {@code task=colorize} on the RGB test images except chelsea.png and coffee.png, which are held
 * out for the quality figures ({@link ColorizeReport}); the course's U-Net (width 32, 3 stride-2
 * stages) learns the colour differences R−G and B−G from the gray levels with L1.
 *
 * <p>Run: {@code bin/recipe TrainColorizer models/colorize 10 200}
 */
public final class TrainColorizer {

    public static final List<String> TRAINING_IMAGES = List.of("astronaut.png", "hubble_deep_field.jpg", "immunohistochemistry.png",
            "retina.jpg", "rocket.jpg");
    static final long SEED = 42;
    static final int BATCH = 8;
    static final int PATCH = 64;

    public static void main(String[] args) throws Exception {
        Path output = Paths.get(args.length > 0 ? args[0] : "models/colorize");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path work = Files.createTempDirectory("colorize-recipe");
        Path images = Files.createDirectories(work.resolve("images"));
        for (String name : TRAINING_IMAGES) Files.copy(Paths.get("test-images", name), images.resolve(name));
        TrainRequest request = TrainRequest.builder("colorize", images, "colorize").architecture("unet").loss("l1")
                .epochs(epochs).steps(steps).batch(BATCH).patch(PATCH).learningRate(2e-3f).validation(0).seed(SEED).build();
        long start = System.nanoTime();
        RecipeFiles.copyModel(RecipeFiles.train(request, work, "L1").folder(), output);
        String recipe = RecipeFiles.recipe(TrainColorizer.class, request, "<copies of the training images>");
        ColorizeReport.completeManifest(output, String.format(Locale.ROOT, "%.1f min on 2 CPU cores (%d steps of %d patches %dx%d)",
                (System.nanoTime() - start) / 60e9, epochs * steps, BATCH, PATCH, PATCH), recipe);
        System.exit(0);
    }
}
