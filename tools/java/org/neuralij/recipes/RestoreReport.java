package org.neuralij.recipes;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import org.neuralij.image.FloatImage;
import org.neuralij.image.ImageMetrics;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.RunModelTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.neuralij.train.data.Degradation;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * Measures a restoration model on the held-out images: each is degraded as a user's JPEG
 * with a caption would be (a random number written on it, then saved at JPEG quality 20; three
 * seeded draws per image) and stored as 8-bit; the PSNR of the model's output against the clean
 * image is compared with that of the degraded input. Run alone to re-measure a model:
 * {@code bin/recipe RestoreReport models/restore}.
 */
public final class RestoreReport {

    public static final List<String> HELD_OUT = DenoiserReport.HELD_OUT;
    public static final String TEST_DEGRADATION = "text,jpeg=20";
    static final int DRAWS = 3;

    public static void main(String[] args) throws Exception {
        System.out.println(measure(ModelPackage.open(Paths.get(args.length > 0 ? args[0] : "models/restore"))));
        System.exit(0);
    }

    /** The degraded test image number {@code draw} of a held-out file, as the 8-bit image a user would open. */
    public static ImagePlus degraded(Path cleanFile, int draw) {
        GrayImages clean = GrayImages.read(cleanFile);
        FloatImage degraded = Degradation.parse(TEST_DEGRADATION).apply(new FloatImage(1, clean.width(), clean.height(), clean.pixels()),
                DenoiserReport.TEST_SEED, draw).image();
        ByteProcessor bytes = new ByteProcessor(clean.width(), clean.height());
        for (int i = 0; i < bytes.getPixelCount(); i++) bytes.set(i, Math.round(Math.min(1, Math.max(0, degraded.data()[i])) * 255));
        return new ImagePlus(cleanFile.getFileName().toString(), bytes);
    }

    static String measure(ModelPackage pkg) throws Exception {
        StringBuilder report = new StringBuilder();
        double gain = 0;
        try (LoadedNetwork network = NetworkLoader.load(pkg, "cpu")) {
            for (String name : HELD_OUT) {
                GrayImages clean = GrayImages.read(Paths.get("test-images", name));
                float[] reference = new float[clean.pixels().length];
                for (int i = 0; i < reference.length; i++) reference[i] = Math.round(clean.pixels()[i] * 255);
                double input = 0;
                double restored = 0;
                for (int draw = 0; draw < DRAWS; draw++) {
                    ImagePlus degraded = degraded(Paths.get("test-images", name), draw);
                    ImagePlus result = new RunModelTask(network, TilingOptions.automatic(), TaskProgress.NONE).run(degraded);
                    input += ImageMetrics.psnr(reference, (float[]) degraded.getProcessor().convertToFloat().getPixels(), 255) / DRAWS;
                    restored += ImageMetrics.psnr(reference, (float[]) result.getProcessor().convertToFloat().getPixels(), 255) / DRAWS;
                }
                gain += (restored - input) / HELD_OUT.size();
                report.append(String.format(Locale.ROOT, "%s%s: model %.2f dB, degraded input %.2f dB", report.length() == 0 ? "" : "; ", name, restored, input));
            }
        }
        return String.format(Locale.ROOT, "PSNR on held-out images with a random number written on them and saved at JPEG quality 20 (mean of %d draws each): %s; mean gain %+.2f dB",
                DRAWS, report, gain);
    }
}
