package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.plugin.filter.GaussianBlur;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Seeded, noise-free fluorescence-like images: a dim, slowly varying background, textured nuclei
 * (soft ellipses), thin curved filaments and small puncta, blurred by a Gaussian point-spread
 * function — the clean targets a micrograph denoiser learns from, since no fluorescence
 * data set can be downloaded here. Values are in [0, 1] (1 = brightest structure); the noise is added
 * afterwards (crappify {@code poisson=…,gauss=…}). The same seed gives the same image.
 */
final class SyntheticFluorescence {

    static final int SIZE = 256;
    /** Saved images hold value × this + a camera offset, as 16-bit counts. */
    static final int COUNTS = 4000;
    static final int OFFSET = 100;

    private SyntheticFluorescence() {
    }

    /** One image of {@code size}×{@code size} drawn from {@code seed}. */
    static float[] image(long seed, int size) {
        Random random = new Random(seed);
        FloatProcessor structures = new FloatProcessor(size, size);
        int kind = random.nextInt(3); // 0 nuclei, 1 filaments, 2 both
        if (kind != 1) nuclei(structures, random, 3 + random.nextInt(12));
        if (kind != 0) filaments(structures, random, 5 + random.nextInt(30));
        puncta(structures, random, random.nextInt(80));
        double psf = 0.8 + 1.4 * random.nextDouble();
        new GaussianBlur().blurGaussian(structures, psf, psf, 0.002);
        FloatProcessor background = background(random, size);
        float[] pixels = (float[]) structures.getPixels();
        float[] base = (float[]) background.getPixels();
        float peak = 0;
        for (float v : pixels) peak = Math.max(peak, v);
        float scale = peak > 0 ? (float) (0.6 + 0.4 * random.nextDouble()) / peak : 0;
        for (int i = 0; i < pixels.length; i++) pixels[i] = Math.min(1, base[i] + pixels[i] * scale);
        return pixels;
    }

    /** Writes {@code count} images with seeds {@code firstSeed}, {@code firstSeed + 1}, … as 16-bit TIFFs into {@code folder}. */
    static Path write(Path folder, long firstSeed, int count) throws Exception {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            IJ.saveAsTiff(sixteenBit("fluo-" + (firstSeed + i), image(firstSeed + i, SIZE)), folder.resolve("fluo-" + (firstSeed + i) + ".tif").toString());
        }
        return folder;
    }

    static ImagePlus sixteenBit(String title, float[] unit) {
        ShortProcessor counts = new ShortProcessor(SIZE, SIZE);
        for (int i = 0; i < unit.length; i++) counts.set(i, Math.round(OFFSET + unit[i] * COUNTS));
        return new ImagePlus(title, counts);
    }

    private static void nuclei(FloatProcessor target, Random random, int count) {
        int size = target.getWidth();
        FloatProcessor texture = smoothNoise(random, size, 2 + 3 * random.nextDouble());
        for (int n = 0; n < count; n++) {
            double cx = random.nextDouble() * size;
            double cy = random.nextDouble() * size;
            double a = 8 + 18 * random.nextDouble();
            double b = a * (0.6 + 0.4 * random.nextDouble());
            double angle = random.nextDouble() * Math.PI;
            double brightness = 0.3 + 0.7 * random.nextDouble();
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            for (int y = (int) Math.max(0, cy - a - 2); y < Math.min(size, cy + a + 2); y++) {
                for (int x = (int) Math.max(0, cx - a - 2); x < Math.min(size, cx + a + 2); x++) {
                    double u = ((x - cx) * cos + (y - cy) * sin) / a;
                    double v = (-(x - cx) * sin + (y - cy) * cos) / b;
                    double r = Math.sqrt(u * u + v * v);
                    if (r < 1.1) {
                        double edge = Math.min(1, Math.max(0, (1.1 - r) / 0.2));
                        double value = brightness * edge * (1 + 0.6 * texture.getf(x, y));
                        target.setf(x, y, (float) Math.max(target.getf(x, y), value));
                    }
                }
            }
        }
    }

    private static void filaments(FloatProcessor target, Random random, int count) {
        int size = target.getWidth();
        for (int n = 0; n < count; n++) {
            double x = random.nextDouble() * size;
            double y = random.nextDouble() * size;
            double direction = random.nextDouble() * 2 * Math.PI;
            double curvature = 0.02 + 0.08 * random.nextDouble();
            double brightness = 0.15 + 0.5 * random.nextDouble();
            int length = 40 + random.nextInt(300);
            for (int step = 0; step < length * 2; step++) {
                direction += curvature * random.nextGaussian();
                x += 0.5 * Math.cos(direction);
                y += 0.5 * Math.sin(direction);
                int px = (int) Math.round(x);
                int py = (int) Math.round(y);
                if (px < 0 || py < 0 || px >= size || py >= size) break;
                target.setf(px, py, (float) Math.max(target.getf(px, py), brightness));
            }
        }
    }

    private static void puncta(FloatProcessor target, Random random, int count) {
        int size = target.getWidth();
        for (int n = 0; n < count; n++) {
            int x = random.nextInt(size);
            int y = random.nextInt(size);
            target.setf(x, y, (float) Math.max(target.getf(x, y), 1.5 + 3 * random.nextDouble()));
        }
    }

    /** Background of 2–10 % of the peak with a smooth ramp and bumps of a few percent. */
    private static FloatProcessor background(Random random, int size) {
        FloatProcessor bumps = smoothNoise(random, size, 20 + 20 * random.nextDouble());
        double level = 0.02 + 0.08 * random.nextDouble();
        double gx = 0.03 * (random.nextDouble() - 0.5);
        double gy = 0.03 * (random.nextDouble() - 0.5);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double value = level + gx * (x - size / 2.0) / size + gy * (y - size / 2.0) / size + 0.02 * bumps.getf(x, y);
                bumps.setf(x, y, (float) Math.max(0, value));
            }
        }
        return bumps;
    }

    /** Gaussian white noise blurred with {@code sigma}, rescaled to unit standard deviation. */
    private static FloatProcessor smoothNoise(Random random, int size, double sigma) {
        FloatProcessor noise = new FloatProcessor(size, size);
        float[] pixels = (float[]) noise.getPixels();
        for (int i = 0; i < pixels.length; i++) pixels[i] = (float) random.nextGaussian();
        new GaussianBlur().blurGaussian(noise, sigma, sigma, 0.002);
        double sum = 0;
        for (float v : pixels) sum += v * v;
        float scale = (float) (1 / Math.sqrt(sum / pixels.length + 1e-12));
        for (int i = 0; i < pixels.length; i++) pixels[i] *= scale;
        return noise;
    }
}
