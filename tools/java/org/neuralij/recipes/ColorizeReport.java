package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ColorProcessor;
import org.neuralij.image.Colourfulness;
import org.neuralij.image.ImageMetrics;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.ColorizeTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * Measures a colorize model on held-out RGB photographs made gray with ImageJ's default
 * conversion ((R+G+B)/3): the PSNR of its colour differences (R−G and B−G, peak 255) against the
 * true ones, compared with the gray input's (no colour at all), and the Hasler–Süsstrunk
 * colourfulness of its result (the gray input's is 0). Writes the figures into the manifest after
 * training; run alone to re-measure:
 * {@code bin/recipe ColorizeReport models/colorize}.
 */
public final class ColorizeReport {

    public static final List<String> HELD_OUT = List.of("chelsea.png", "coffee.png");

    public static void main(String[] args) throws Exception {
        Path folder = Paths.get(args.length > 0 ? args[0] : "models/colorize");
        System.out.println(measure(ModelPackage.open(folder)));
        System.exit(0);
    }

    static void completeManifest(Path folder, String trainingTime, String recipe) throws Exception {
        ModelManifest trained = ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME));
        String quality = measure(ModelPackage.open(folder)) + "; " + trained.provenance().quality();
        RecipeFiles.shipManifest(folder, "1.0.0",
                "Colours grayscale photographs (Colorize...): predicts the colour differences from the gray levels; the course's U-Net.",
                new ModelManifest.Provenance("scikit-image sample photographs shipped by Debian's python3-skimage (test-images/: " + String.join(", ", TrainColorizer.TRAINING_IMAGES)
                        + "), each one's gray version as input and its colours as target; held out: " + String.join(", ", HELD_OUT),
                "model: CC0-1.0; training images CC0, public domain or no known copyright restrictions (each listed in test-images/PROVENANCE)",
                recipe, trained.provenance().epochs(), trainingTime, quality,
                "output kind chroma: channel 0 = R-G, channel 1 = B-G in units of the full range (1 = 255 levels); input = (R+G+B)/3 normalised by its 1 % / 99.8 % percentiles. "
                        + "L1 loss, Adam with one-cycle learning rate (max 2e-3) and momentum, " + TrainColorizer.PATCH + "x" + TrainColorizer.PATCH
                        + " patches with flips and rotations, seed " + TrainColorizer.SEED));
        System.out.println(quality);
    }

    static String measure(ModelPackage pkg) throws Exception {
        StringBuilder report = new StringBuilder();
        double[] weights = ColorProcessor.getWeightingFactors();
        ColorProcessor.setWeightingFactors(1 / 3d, 1 / 3d, 1 / 3d);
        try (LoadedNetwork network = NetworkLoader.load(pkg, "cpu")) {
            for (String name : HELD_OUT) {
                ColorProcessor truth = (ColorProcessor) IJ.openImage(Paths.get("test-images", name).toString()).getProcessor();
                ImagePlus gray = new ImagePlus(name, truth.convertToByteProcessor());
                ColorProcessor colored = (ColorProcessor) new ColorizeTask(TilingOptions.automatic(), TaskProgress.NONE).apply(network, gray).getProcessor();
                float[] trueDifferences = differences(truth);
                report.append(String.format(Locale.ROOT,
                        "%s%s: colour-difference PSNR %.2f dB against %.2f dB for the gray input; colourfulness %.1f against 0 for the gray input (original %.1f)",
                        report.length() == 0 ? "" : "; ", name,
                        ImageMetrics.psnr(trueDifferences, differences(colored), 255), ImageMetrics.psnr(trueDifferences, new float[trueDifferences.length], 255),
                        Colourfulness.of(colored), Colourfulness.of(truth)));
            }
        } finally {
            ColorProcessor.setWeightingFactors(weights[0], weights[1], weights[2]);
        }
        return "Held-out photographs made gray: " + report;
    }

    /** R−G of every pixel, then B−G. */
    static float[] differences(ColorProcessor rgb) {
        int[] pixels = (int[]) rgb.getPixels();
        float[] result = new float[2 * pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int r = (pixels[i] >> 16) & 0xff;
            int g = (pixels[i] >> 8) & 0xff;
            int b = pixels[i] & 0xff;
            result[i] = r - g;
            result[pixels.length + i] = b - g;
        }
        return result;
    }
}
