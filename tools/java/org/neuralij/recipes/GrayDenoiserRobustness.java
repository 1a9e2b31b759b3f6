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

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The robustness suite of the gray denoiser: the fourteen photographs of test-images/photos/ (Debian's
 * lomiri-wallpapers, a source no training image comes from) made gray, changed one condition at a time — noise level,
 * brightness, a 16-bit camera's scale and offset, a gradient of light, gamma, size, focus — then given Gaussian noise
 * (sigma 25 of 255, scaled with the brightness). Figures: mean PSNR against the noise-free image in its own range, of
 * the model, of the best Gaussian filter for each image (an oracle sigma) and of the noisy input.
 * Run: {@code bin/recipe GrayDenoiserRobustness models/denoise-gray}.
 */
public final class GrayDenoiserRobustness {

    /** A change of the clean image (width, height and values 0-255 in, a new image out) and the noise's sigma in its units. */
    record Variation(String name, UnaryOperator<FloatProcessor> scene, double sigma) {
    }

    static List<Variation> variations() {
        return List.of(
                new Variation("reference (sigma 25)", scene -> scene, 25),
                new Variation("sigma 10", scene -> scene, 10),
                new Variation("sigma 50", scene -> scene, 50),
                new Variation("dim (values x 0.25, sigma 6.25)", scene -> mapped(scene, v -> v * 0.25), 6.25),
                new Variation("16-bit camera (x 16 + 1000, sigma 400)", scene -> mapped(scene, v -> 1000 + 16 * v), 400),
                new Variation("gradient of light (+0 to +128)", GrayDenoiserRobustness::withGradient, 25),
                new Variation("gamma 0.5", scene -> mapped(scene, v -> 255 * Math.sqrt(v / 255)), 25),
                new Variation("half size", scene -> (FloatProcessor) scene.resize(scene.getWidth() / 2, scene.getHeight() / 2, true), 25),
                new Variation("twice the size", GrayDenoiserRobustness::enlarged, 25),
                new Variation("out of focus (blur 2 px)", GrayDenoiserRobustness::blurred, 25));
    }

    private static FloatProcessor mapped(FloatProcessor scene, java.util.function.DoubleUnaryOperator f) {
        float[] values = ((float[]) scene.getPixels()).clone();
        for (int i = 0; i < values.length; i++) values[i] = (float) f.applyAsDouble(values[i]);
        return new FloatProcessor(scene.getWidth(), scene.getHeight(), values);
    }

    private static FloatProcessor withGradient(FloatProcessor scene) {
        FloatProcessor result = (FloatProcessor) scene.duplicate();
        for (int y = 0; y < scene.getHeight(); y++) {
            for (int x = 0; x < scene.getWidth(); x++) result.setf(x, y, scene.getf(x, y) + 128f * x / scene.getWidth());
        }
        return result;
    }

    private static FloatProcessor enlarged(FloatProcessor scene) {
        scene.setInterpolationMethod(ImageProcessor.BICUBIC);
        return (FloatProcessor) scene.resize(scene.getWidth() * 2, scene.getHeight() * 2);
    }

    private static FloatProcessor blurred(FloatProcessor scene) {
        FloatProcessor result = (FloatProcessor) scene.duplicate();
        new GaussianBlur().blurGaussian(result, 2, 2, 0.002);
        return result;
    }

    public static List<DenoisingRobustness.Row> measure(LoadedNetwork network) throws Exception {
        List<Path> photos = ColorizeHeldOut.otherSource();
        List<DenoisingRobustness.Row> rows = new ArrayList<>();
        for (Variation variation : variations()) {
            double model = 0;
            double gaussian = 0;
            double input = 0;
            for (int i = 0; i < photos.size(); i++) {
                GrayImages gray = GrayImages.read(photos.get(i));
                float[] unit = gray.pixels();
                float[] levels = new float[unit.length];
                for (int p = 0; p < unit.length; p++) levels[p] = 255 * unit[p];
                FloatProcessor scene = variation.scene().apply(new FloatProcessor(gray.width(), gray.height(), levels));
                float[] clean = (float[]) scene.getPixels();
                double low = Double.POSITIVE_INFINITY;
                double high = Double.NEGATIVE_INFINITY;
                for (float v : clean) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
                Random random = new Random(DenoiserReport.TEST_SEED + 97L * i);
                float[] noisy = new float[clean.length];
                for (int p = 0; p < clean.length; p++) noisy[p] = (float) (clean[p] + variation.sigma() * random.nextGaussian());
                ImagePlus image = new ImagePlus(photos.get(i).getFileName().toString(), new FloatProcessor(scene.getWidth(), scene.getHeight(), noisy.clone()));
                float[] denoised = (float[]) new RunModelTask(network, TilingOptions.automatic(), TaskProgress.NONE).run(image).getProcessor().getPixels();
                double range = high - low;
                model += ImageMetrics.psnr(clean, denoised, range) / photos.size();
                gaussian += GaussianBaseline.best(clean, noisy, scene.getWidth(), scene.getHeight(), range)[1] / photos.size();
                input += ImageMetrics.psnr(clean, noisy, range) / photos.size();
            }
            rows.add(new DenoisingRobustness.Row(variation.name(), model, gaussian, input));
        }
        return rows;
    }

    public static void main(String[] args) throws Exception {
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(Paths.get(args.length > 0 ? args[0] : "models/denoise-gray")), "cpu")) {
            System.out.print(DenoisingRobustness.table(measure(network)));
        }
        System.exit(0);
    }
}
