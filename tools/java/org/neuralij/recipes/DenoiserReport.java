package org.neuralij.recipes;

import ij.ImagePlus;
import ij.process.FloatProcessor;
import org.neuralij.image.ImageMetrics;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.RunModelTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the manifest of the gray denoiser and measures it on the held-out images against
 * the noisy input and against a Gaussian filter of the best sigma (chosen on the clean
 * image, so the baseline is as strong as it can be). Run alone to re-measure a model:
 * {@code bin/recipe DenoiserReport models/denoise-gray}.
 */
public final class DenoiserReport {

    public static final List<String> HELD_OUT = List.of("camera.png", "cell.png");
    public static final double TEST_SIGMA = 25;
    public static final long TEST_SEED = 2026;

    public static void main(String[] args) throws Exception {
        Path folder = Paths.get(args.length > 0 ? args[0] : "models/denoise-gray");
        System.out.println(measure(ModelPackage.open(folder)));
        System.exit(0);
    }

    /** Measures the trained model and completes its manifest with the figures, the data's origin and licence, and the recipe. */
    static void completeManifest(Path folder, String trainingTime, String recipe) throws Exception {
        ModelManifest trained = ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME));
        String quality = measure(ModelPackage.open(folder)) + "; " + trained.provenance().quality();
        ModelManifest.Provenance provenance = new ModelManifest.Provenance(
                "scikit-image sample images shipped by Debian's python3-skimage (test-images/: " + String.join(", ", TrainGrayDenoiser.TRAINING_IMAGES)
                        + "), converted to 8-bit gray, with synthetic Gaussian noise; held out: " + String.join(", ", HELD_OUT),
                RecipeFiles.TEST_IMAGE_LICENCE,
                recipe, trained.provenance().epochs(), trainingTime, quality, "L1 loss, Adam with one-cycle learning rate (max 2e-3) and momentum, 48x48 patches with flips and rotations, seed " + TrainGrayDenoiser.SEED);
        RecipeFiles.shipManifest(folder, "2.0.0",
                "Removes Gaussian noise (sigma up to 50 of 255) from grayscale photographs and micrographs; DnCNN, 12 layers of 32 channels.", provenance);
        System.out.println(quality);
    }

    static String measure(ModelPackage pkg) throws Exception {
        StringBuilder report = new StringBuilder();
        try (LoadedNetwork network = NetworkLoader.load(pkg, "cpu")) {
            for (String name : HELD_OUT) {
                GrayImages clean = GrayImages.read(Paths.get("test-images", name));
                float[] reference = scaled(clean.pixels(), 255);
                float[] noisy = noisy(reference, new Random(TEST_SEED));
                ImagePlus noisyImage = new ImagePlus(name, new FloatProcessor(clean.width(), clean.height(), noisy.clone()));
                float[] denoised = (float[]) new RunModelTask(network, TilingOptions.automatic(), TaskProgress.NONE).run(noisyImage).getProcessor().getPixels();
                double[] gaussian = GaussianBaseline.best(reference, noisy, clean.width(), clean.height(), 255);
                report.append(String.format(Locale.ROOT,
                        "%s%s (sigma %.0f): model %.2f dB / SSIM %.3f; noisy input %.2f dB / SSIM %.3f; best Gaussian filter (sigma %.2f) %.2f dB",
                        report.length() == 0 ? "" : "; ", name, TEST_SIGMA,
                        ImageMetrics.psnr(reference, denoised, 255), ImageMetrics.ssim(reference, denoised, clean.width(), clean.height(), 255),
                        ImageMetrics.psnr(reference, noisy, 255), ImageMetrics.ssim(reference, noisy, clean.width(), clean.height(), 255),
                        gaussian[0], gaussian[1]));
            }
        }
        return "PSNR on held-out images: " + report;
    }

    private static float[] scaled(float[] values, float factor) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) result[i] = values[i] * factor;
        return result;
    }

    private static float[] noisy(float[] clean, Random random) {
        float[] noisy = new float[clean.length];
        for (int i = 0; i < clean.length; i++) noisy[i] = (float) (clean[i] + TEST_SIGMA * random.nextGaussian());
        return noisy;
    }
}
