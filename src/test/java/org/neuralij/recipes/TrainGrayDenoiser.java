package org.neuralij.recipes;

import org.neuralij.task.train.TrainRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The recipe of the shipped model {@code models/denoise-gray}: our own Train Model command
 * (the class the menu, macros and scripts call) on the gray versions of the test images,
 * except camera.png and cell.png, which are held out for the quality figure; inputs made by
 * crappify {@code gauss=0.02-0.2} (Gaussian noise of sigma 5 to 50 of 255); DnCNN 12×32.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.neuralij.recipes.TrainGrayDenoiser -Dexec.args="models/denoise-gray 10 400"}
 */
public final class TrainGrayDenoiser {

    public static final List<String> TRAINING_IMAGES = List.of("astronaut.png", "brick.png", "chelsea.png", "coffee.png", "coins.png",
            "grass.png", "gravel.png", "hubble_deep_field.jpg", "immunohistochemistry.png", "moon.png", "page.png", "text.png");
    static final long SEED = 42;

    public static void main(String[] args) throws Exception {
        ShippedModel.Arguments arguments = ShippedModel.Arguments.of(args, "models/denoise-gray", 10, 400);
        Path output = arguments.output();
        int epochs = arguments.epochs();
        int steps = arguments.steps();
        Path work = Files.createTempDirectory("denoise-gray-recipe");
        Path images = ShippedModel.grayTestImages(TRAINING_IMAGES, work.resolve("images"));
        TrainRequest request = TrainRequest.builder("denoise", images, "denoise-gray").crappify("gauss=0.02-0.2").architecture("dncnn")
                .epochs(epochs).steps(steps).batch(16).patch(48).learningRate(2e-3f).validation(0.1).seed(SEED).build();
        long start = System.nanoTime();
        ShippedModel.copyModel(ShippedModel.train(request, work), output);
        DenoiserReport.completeManifest(output, ShippedModel.minutesSince(start) + String.format(Locale.ROOT, " on 2 CPU cores (%d steps of 16 patches 48x48)",
                epochs * steps), ShippedModel.recipe(TrainGrayDenoiser.class, request, "<gray copies of the training images>"));
        System.exit(0);
    }
}
