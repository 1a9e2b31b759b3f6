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
import org.neuralij.train.data.Degradation;

import java.nio.file.Paths;
import java.util.Locale;

/**
 * Measures a fluorescence denoiser on held-out synthetic micrographs (seeds never used for
 * training) at two noise levels — Poisson noise of a given photon count at the brightest structure
 * plus Gaussian read noise — against the noisy input and against ImageJ's Gaussian blur with the
 * best sigma for each image (an oracle choice). PSNR with data range 1 (the clean image's scale).
 * Run alone: {@code bin/recipe FluoDenoiserReport models/denoise-fluo}.
 */
public final class FluoDenoiserReport {

    static final long FIRST_TEST_SEED = 9001;
    static final int TEST_IMAGES = 6;
    static final String[] TEST_NOISE = {"poisson=30,gauss=0.02", "poisson=100,gauss=0.01"};

    public static void main(String[] args) throws Exception {
        System.out.println(measure(ModelPackage.open(Paths.get(args.length > 0 ? args[0] : "models/denoise-fluo"))));
        System.exit(0);
    }

    /** Held-out image {@code index} with the noise of {@code spec}, as a 32-bit image in the clean image's scale. */
    static float[] noisy(float[] clean, String spec, int index) {
        int size = SyntheticFluorescence.SIZE;
        return Degradation.parse(spec).apply(new FloatImage(1, size, size, clean.clone()), DenoiserReport.TEST_SEED, index).image().data();
    }

    static String measure(ModelPackage pkg) throws Exception {
        int size = SyntheticFluorescence.SIZE;
        StringBuilder report = new StringBuilder();
        try (LoadedNetwork network = NetworkLoader.load(pkg, "cpu")) {
            for (String spec : TEST_NOISE) {
                double model = 0;
                double input = 0;
                double gaussian = 0;
                double sigmas = 0;
                for (int i = 0; i < TEST_IMAGES; i++) {
                    float[] clean = SyntheticFluorescence.image(FIRST_TEST_SEED + i, size);
                    float[] noisy = noisy(clean, spec, i);
                    ImagePlus image = new ImagePlus("fluo-" + (FIRST_TEST_SEED + i), new FloatProcessor(size, size, noisy.clone()));
                    float[] denoised = (float[]) new RunModelTask(network, TilingOptions.automatic(), TaskProgress.NONE).run(image).getProcessor().getPixels();
                    double[] best = GaussianBaseline.best(clean, noisy, size, size, 1);
                    model += ImageMetrics.psnr(clean, denoised, 1) / TEST_IMAGES;
                    input += ImageMetrics.psnr(clean, noisy, 1) / TEST_IMAGES;
                    gaussian += best[1] / TEST_IMAGES;
                    sigmas += best[0] / TEST_IMAGES;
                }
                report.append(String.format(Locale.ROOT, "%s[%s]: model %.2f dB, noisy input %.2f dB, best Gaussian filter (mean sigma %.2f) %.2f dB",
                        report.length() == 0 ? "" : "; ", spec, model, input, sigmas, gaussian));
            }
        }
        return String.format(Locale.ROOT, "Mean PSNR on %d held-out synthetic fluorescence images (seeds %d-%d), per noise: %s",
                TEST_IMAGES, FIRST_TEST_SEED, FIRST_TEST_SEED + TEST_IMAGES - 1, report);
    }
}
