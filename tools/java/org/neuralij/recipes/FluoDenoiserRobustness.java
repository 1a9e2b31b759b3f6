package org.neuralij.recipes;

import ij.ImagePlus;
import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import org.neuralij.image.ImageMetrics;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.RunModelTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The robustness suite of the fluorescence denoiser: the held-out {@link SyntheticFluorescence} images (seeds
 * {@value FluoDenoiserReport#FIRST_TEST_SEED}-…) changed one condition at a time — illumination, structure size,
 * photons, camera (bit depth, offset, counts), blur — then recorded by a camera with photon and read noise. Figures:
 * mean PSNR against the noise-free scene (in its own range), of the model, of the best Gaussian filter for each image
 * (its sigma chosen with the clean image, an oracle a user does not have) and of the noisy input.
 * Run: {@code bin/recipe FluoDenoiserRobustness models/denoise-fluo}.
 */
public final class FluoDenoiserRobustness {

    /** A scene (values 0 to about 1) and the camera recording it: photons at value 1, read noise (counts), offset, bit depth. */
    record Variation(String name, UnaryOperator<float[]> scene, double photons, double readNoise, double offset, int bitDepth) {
    }

    static final int SIZE = SyntheticFluorescence.SIZE;

    static List<Variation> variations() {
        return List.of(
                new Variation("reference (30 photons, 32-bit)", scene -> scene, 30, 0.6, 0, 32),
                new Variation("gradient 1x the brightest structure", scene -> plus(scene, (x, y) -> x / (double) SIZE), 30, 0.6, 0, 32),
                new Variation("vignetting (to 60 % at the corners) + bump 1x", FluoDenoiserRobustness::vignetted, 30, 0.6, 0, 32),
                new Variation("structures half the size", scene -> scene, 30, 0.6, 0, 32),
                new Variation("structures twice the size", scene -> scene, 30, 0.6, 0, 32),
                new Variation("10 photons", scene -> scene, 10, 0.6, 0, 32),
                new Variation("300 photons", scene -> scene, 300, 1, 0, 32),
                new Variation("8-bit camera (60 photons, offset 10)", scene -> scene, 60, 1, 10, 8),
                new Variation("16-bit camera, 100 counts, offset 100", scene -> scene, 100, 2, 100, 16),
                new Variation("16-bit camera, 4000 counts, offset 100", scene -> scene, 4000, 4, 100, 16),
                new Variation("out of focus (blur 2 px)", FluoDenoiserRobustness::blurred, 30, 0.6, 0, 32));
    }

    interface Field {
        double at(int x, int y);
    }

    private static float[] plus(float[] scene, Field field) {
        float[] result = scene.clone();
        for (int y = 0; y < SIZE; y++) for (int x = 0; x < SIZE; x++) result[y * SIZE + x] += (float) field.at(x, y);
        return result;
    }

    private static float[] vignetted(float[] scene) {
        float[] result = scene.clone();
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double d2 = (Math.pow(x - SIZE / 2.0, 2) + Math.pow(y - SIZE / 2.0, 2)) / (SIZE * SIZE / 2.0);
                result[y * SIZE + x] = (float) (result[y * SIZE + x] * (1 - 0.4 * d2) + Math.max(0, 1 - 2 * d2));
            }
        }
        return result;
    }

    private static float[] blurred(float[] scene) {
        FloatProcessor plane = new FloatProcessor(SIZE, SIZE, scene.clone());
        new GaussianBlur().blurGaussian(plane, 2, 2, 0.002);
        return (float[]) plane.getPixels();
    }

    /** The held-out scene, at the variation's structure size. */
    private static float[] scene(Variation variation, long seed) {
        if (variation.name().startsWith("structures half")) {
            return (float[]) new FloatProcessor(2 * SIZE, 2 * SIZE, SyntheticFluorescence.image(seed, 2 * SIZE)).resize(SIZE, SIZE, true).getPixels();
        }
        if (variation.name().startsWith("structures twice")) {
            FloatProcessor small = new FloatProcessor(SIZE / 2, SIZE / 2, SyntheticFluorescence.image(seed, SIZE / 2));
            small.setInterpolationMethod(ImageProcessor.BILINEAR);
            return (float[]) small.resize(SIZE, SIZE).getPixels();
        }
        return variation.scene().apply(SyntheticFluorescence.image(seed, SIZE));
    }

    /** Counts = offset + Poisson(photons × scene) + read noise, rounded and clipped to the bit depth (32-bit: photons scaled back to the scene's units). */
    private static ImagePlus record(Variation variation, float[] scene, Random random) {
        double max = variation.bitDepth() == 8 ? 255 : 65535;
        float[] counts = new float[scene.length];
        for (int i = 0; i < scene.length; i++) {
            double lambda = Math.max(0, scene[i] * variation.photons());
            double value = lambda + Math.sqrt(lambda) * random.nextGaussian() + variation.readNoise() * random.nextGaussian();
            counts[i] = variation.bitDepth() == 32 ? (float) (value / variation.photons())
                    : (float) Math.max(0, Math.min(max, Math.round(variation.offset() + value)));
        }
        ImageProcessor pixels = switch (variation.bitDepth()) {
            case 8 -> new FloatProcessor(SIZE, SIZE, counts).convertToByteProcessor(false);
            case 16 -> new FloatProcessor(SIZE, SIZE, counts).convertToShortProcessor(false);
            default -> new FloatProcessor(SIZE, SIZE, counts);
        };
        return new ImagePlus(variation.name(), pixels);
    }

    /** Pixel values back in the scene's units. */
    private static float[] inSceneUnits(Variation variation, ImageProcessor pixels) {
        float[] values = new float[pixels.getPixelCount()];
        boolean counts = variation.bitDepth() != 32;
        for (int i = 0; i < values.length; i++) {
            values[i] = counts ? (float) ((pixels.getf(i) - variation.offset()) / variation.photons()) : pixels.getf(i);
        }
        return values;
    }

    public static void main(String[] args) throws Exception {
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(Paths.get(args.length > 0 ? args[0] : "models/denoise-fluo")), "cpu")) {
            System.out.print(DenoisingRobustness.table(measure(network)));
        }
        System.exit(0);
    }

    /** The manifest's line. */
    static String summary(ModelPackage pkg) throws Exception {
        try (LoadedNetwork network = NetworkLoader.load(pkg, "cpu")) {
            return DenoisingRobustness.summary("FluoDenoiserRobustness: illumination, structure size, photons, camera and focus", measure(network));
        }
    }

    public static List<DenoisingRobustness.Row> measure(LoadedNetwork network) {
        List<DenoisingRobustness.Row> rows = new java.util.ArrayList<>();
        for (Variation variation : variations()) {
            double model = 0;
            double gaussian = 0;
            double input = 0;
            for (int i = 0; i < FluoDenoiserReport.TEST_IMAGES; i++) {
                long seed = FluoDenoiserReport.FIRST_TEST_SEED + i;
                float[] scene = scene(variation, seed);
                double range = 0;
                for (float v : scene) range = Math.max(range, v);
                ImagePlus recorded = record(variation, scene, new Random(seed * 31 + variation.name().hashCode()));
                float[] noisy = inSceneUnits(variation, recorded.getProcessor());
                ImageProcessor output = new RunModelTask(network, TilingOptions.automatic(), TaskProgress.NONE).run(recorded).getProcessor();
                float[] denoised = inSceneUnits(variation, output);
                model += ImageMetrics.psnr(scene, denoised, range) / FluoDenoiserReport.TEST_IMAGES;
                gaussian += GaussianBaseline.best(scene, noisy, SIZE, SIZE, range)[1] / FluoDenoiserReport.TEST_IMAGES;
                input += ImageMetrics.psnr(scene, noisy, range) / FluoDenoiserReport.TEST_IMAGES;
            }
            rows.add(new DenoisingRobustness.Row(variation.name(), model, gaussian, input));
        }
        return rows;
    }
}
