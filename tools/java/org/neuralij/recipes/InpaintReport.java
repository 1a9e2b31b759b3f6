package org.neuralij.recipes;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import org.neuralij.image.HarmonicFill;
import org.neuralij.image.ImageMetrics;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.HoleMask;
import org.neuralij.task.InpaintTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Random;

/**
 * Measures an inpainting model on the held-out images (camera.png, cell.png as 8-bit gray) with
 * holes it never saw — 16 random rectangles of 8 to 32 px and one 48×32 oval, seed 2026 — as PSNR
 * over the hole pixels only, against the diffusion (harmonic) fill, the classical inpainting a
 * user has without a model; and writes the figures into the manifest. Run alone to re-measure:
 * {@code bin/recipe InpaintReport models/inpaint}.
 */
public final class InpaintReport {

    static final long TEST_SEED = 2026;

    public static void main(String[] args) throws Exception {
        System.out.println(measure(ModelPackage.open(Paths.get(args.length > 0 ? args[0] : "models/inpaint"))));
        System.exit(0);
    }

    /** The holes of the measurement for an image of this size. */
    static boolean[] testHoles(int width, int height) {
        Random random = new Random(TEST_SEED);
        boolean[] hole = new boolean[width * height];
        for (int k = 0; k < 16; k++) {
            int w = 8 + random.nextInt(25), h = 8 + random.nextInt(25);
            int x0 = random.nextInt(width - w), y0 = random.nextInt(height - h);
            for (int y = y0; y < y0 + h; y++) for (int x = x0; x < x0 + w; x++) hole[y * width + x] = true;
        }
        double cx = width * 0.4, cy = height * 0.45;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = (x + 0.5 - cx) / 24, dy = (y + 0.5 - cy) / 16;
                if (dx * dx + dy * dy <= 1) hole[y * width + x] = true;
            }
        }
        return hole;
    }

    static String measure(ModelPackage pkg) throws Exception {
        StringBuilder report = new StringBuilder();
        try (LoadedNetwork network = NetworkLoader.load(pkg, "cpu")) {
            for (String name : DenoiserReport.HELD_OUT) {
                GrayImages clean = GrayImages.read(Paths.get("test-images", name));
                float[] reference = new float[clean.pixels().length];
                byte[] bytes = new byte[reference.length];
                for (int i = 0; i < reference.length; i++) {
                    reference[i] = Math.round(clean.pixels()[i] * 255);
                    bytes[i] = (byte) reference[i];
                }
                boolean[] hole = testHoles(clean.width(), clean.height());
                ImagePlus image = new ImagePlus(name, new ByteProcessor(clean.width(), clean.height(), bytes));
                ImagePlus filled = new InpaintTask(network, TilingOptions.automatic(), TaskProgress.NONE)
                        .run(image, HoleMask.of(hole, clean.width(), clean.height()));
                float[] model = (float[]) filled.getProcessor().convertToFloatProcessor().getPixels();
                float[] harmonic = reference.clone();
                HarmonicFill.fill(harmonic, clean.width(), clean.height(), hole);
                for (int i = 0; i < harmonic.length; i++) harmonic[i] = Math.max(0, Math.min(255, Math.round(harmonic[i])));
                report.append(String.format(Locale.ROOT, "%s%s (%d hole pixels): model %.2f dB, diffusion fill %.2f dB", report.length() == 0 ? "" : "; ",
                        name, count(hole), psnrInside(reference, model, hole), psnrInside(reference, harmonic, hole)));
            }
        }
        return "PSNR inside the holes of held-out images (16 rectangles 8-32 px and a 48x32 oval, seed " + TEST_SEED + "): " + report;
    }

    static double psnrInside(float[] reference, float[] values, boolean[] hole) {
        int n = count(hole);
        float[] a = new float[n], b = new float[n];
        for (int i = 0, k = 0; i < hole.length; i++) if (hole[i]) { a[k] = reference[i]; b[k++] = values[i]; }
        return ImageMetrics.psnr(a, b, 255);
    }

    private static int count(boolean[] hole) {
        int n = 0;
        for (boolean h : hole) if (h) n++;
        return n;
    }

    /** Completes the trained model's manifest with the measured figures, the data's origin and licence, the recipe and the training time. */
    static void completeManifest(Path folder, String trainingTime, String recipe, String notes) throws Exception {
        ModelManifest trained = ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME));
        String quality = measure(ModelPackage.open(folder)) + "; " + trained.provenance().quality();
        ModelManifest.Provenance provenance = new ModelManifest.Provenance(
                "scikit-image sample images shipped by Debian's python3-skimage (test-images/: " + String.join(", ", TrainGrayDenoiser.TRAINING_IMAGES)
                        + "), converted to 8-bit gray, with random rectangular holes; held out: " + String.join(", ", DenoiserReport.HELD_OUT),
                RecipeFiles.TEST_IMAGE_LICENCE,
                recipe, trained.provenance().epochs(), trainingTime, quality, notes);
        RecipeFiles.shipManifest(folder, "1.0.0",
                "Fills holes (a selection or the white pixels of a mask) in grayscale images, and in RGB images channel by channel; U-Net, input = image with the hole blanked by diffusion + hole mask.", provenance);
        System.out.println(quality);
    }
}
