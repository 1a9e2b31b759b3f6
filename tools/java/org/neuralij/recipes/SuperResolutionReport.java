package org.neuralij.recipes;

import ij.ImagePlus;
import ij.process.FloatProcessor;
import org.neuralij.image.FloatImage;
import org.neuralij.image.ImageMetrics;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.RunModelTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.neuralij.train.data.Degraded;
import org.neuralij.train.data.Downscale;
import org.neuralij.train.data.Upscale;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures a super-resolution model on the held-out images: each gray image (0..255) is cropped to a
 * multiple of the scale, shrunk by the scale with crappify's {@code downscale=} (ImageJ's averaging
 * bilinear resize) and rounded to 8 bits, then enlarged back by the model and by ImageJ's bicubic
 * interpolation (Image › Scale..., what a user would do without a model); PSNR and SSIM against the
 * original. Run alone to re-measure a model:
 * {@code bin/recipe SuperResolutionReport models/sr-2x}.
 */
public final class SuperResolutionReport {

    /**
     * Held out from the training: a photograph and two micrographs (cell.png, a smooth phase image that bicubic
     * interpolation already enlarges well, and immunohistochemistry.png, a stained tissue section with fine texture).
     */
    public static final List<String> HELD_OUT = List.of("camera.png", "cell.png", "immunohistochemistry.png");

    public static void main(String[] args) throws Exception {
        Path folder = Paths.get(args.length > 0 ? args[0] : "models/sr-2x");
        System.out.println(measure(ModelPackage.open(folder)));
        System.exit(0);
    }

    /** One held-out image as a model and the bicubic baseline see it, and its reference. */
    record Case(String name, float[] reference, int width, int height, ImagePlus small) {

        static Case of(String name, int scale) {
            GrayImages gray = GrayImages.read(Paths.get("test-images", name));
            int width = gray.width() - gray.width() % scale;
            int height = gray.height() - gray.height() % scale;
            FloatImage clean = new FloatImage(1, gray.width(), gray.height(), gray.pixels()).crop(0, 0, width, height);
            FloatImage shrunk = Downscale.by(scale).apply(Degraded.of(clean), new Random(0)).image();
            FloatProcessor small = shrunk.channelProcessor(0);
            small.multiply(255);
            ImagePlus eightBit = new ImagePlus(name, small.convertToByteProcessor(false));
            return new Case(name, clean.mapped(v -> v * 255).data(), width, height, eightBit);
        }

        /** Bicubic enlargement, rounded to 8 bits like the model's result on an 8-bit image. */
        float[] bicubic(int scale) {
            FloatProcessor enlarged = Upscale.bicubic(small.getProcessor().convertToFloatProcessor(), scale);
            return (float[]) enlarged.convertToByteProcessor(false).convertToFloatProcessor().getPixels();
        }

        String compare(float[] enlarged) {
            return String.format(Locale.ROOT, "%.2f dB / SSIM %.3f", ImageMetrics.psnr(reference, enlarged, 255),
                    ImageMetrics.ssim(reference, enlarged, width, height, 255));
        }

        double gain(float[] enlarged, int scale) {
            return ImageMetrics.psnr(reference, enlarged, 255) - ImageMetrics.psnr(reference, bicubic(scale), 255);
        }
    }

    static String measure(ModelPackage pkg) throws Exception {
        int scale = pkg.manifest().output().scale();
        StringBuilder report = new StringBuilder();
        try (LoadedNetwork network = NetworkLoader.load(pkg, "cpu")) {
            for (String name : HELD_OUT) {
                Case image = Case.of(name, scale);
                float[] enlarged = enlarge(network, image.small());
                report.append(String.format(Locale.ROOT, "%s%s (%dx%d shrunk %dx): model %s; bicubic %s; gain %+.2f dB",
                        report.length() == 0 ? "" : "; ", name, image.width(), image.height(), scale,
                        image.compare(enlarged), image.compare(image.bicubic(scale)), image.gain(enlarged, scale)));
            }
        }
        return "PSNR on held-out images against bicubic enlargement: " + report;
    }

    static float[] enlarge(LoadedNetwork network, ImagePlus small) {
        ImagePlus result = new RunModelTask(network, TilingOptions.automatic(), TaskProgress.NONE).run(small);
        return (float[]) result.getProcessor().convertToFloatProcessor().getPixels();
    }
}
