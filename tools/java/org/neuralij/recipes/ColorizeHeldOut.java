package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ColorProcessor;
import org.neuralij.image.ImageMetrics;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.task.ColorizeTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Colorize judged on photographs of a source no training image comes from (test-images/photos/, Debian's
 * lomiri-wallpapers) and on chelsea.png and coffee.png: each made gray with ImageJ's (R+G+B)/3, coloured by the model,
 * and compared with the true colours. Per photograph: RGB PSNR of the result and of the gray image copied to RGB,
 * and PSNR of the colour differences (R−G, B−G) of the result and of the gray image (none).
 */
public final class ColorizeHeldOut {

    public record Result(String name, double rgb, double grayRgb, double chroma, double grayChroma) {

        double chromaGain() {
            return chroma - grayChroma;
        }

        boolean noHarm() {
            return rgb > grayRgb;
        }
    }

    private ColorizeHeldOut() {
    }

    /** The held-out lomiri-wallpapers photographs of test-images/photos/. */
    public static List<Path> otherSource() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get("test-images", "photos"))) {
            return files.filter(file -> file.toString().endsWith(".png")).sorted().toList();
        }
    }

    /** {@link #otherSource()}, then chelsea and coffee. */
    public static List<Path> photographs() throws IOException {
        List<Path> photos = new ArrayList<>(otherSource());
        for (String name : ColorizeReport.HELD_OUT) photos.add(Paths.get("test-images", name));
        return photos;
    }

    public static List<Result> measure(LoadedNetwork network) throws IOException {
        return measure(network, 1);
    }

    /** With the model's colour differences scaled by {@code chromaScale} (1 = as the model gives them), to see how sure of its colours it should be. */
    public static List<Result> measure(LoadedNetwork network, double chromaScale) throws IOException {
        List<Result> results = new ArrayList<>();
        double[] weights = ColorProcessor.getWeightingFactors();
        ColorProcessor.setWeightingFactors(1 / 3d, 1 / 3d, 1 / 3d);
        try {
            for (Path photo : photographs()) {
                ColorProcessor truth = (ColorProcessor) IJ.openImage(photo.toString()).getProcessor().convertToRGB();
                ImagePlus gray = new ImagePlus(photo.getFileName().toString(), truth.convertToByteProcessor());
                ColorProcessor grayRgb = (ColorProcessor) gray.getProcessor().convertToRGB();
                ColorProcessor colored = scaled((ColorProcessor) new ColorizeTask(TilingOptions.automatic(), TaskProgress.NONE).apply(network, gray).getProcessor(),
                        grayRgb, chromaScale);
                float[] trueDifferences = ColorizeReport.differences(truth);
                results.add(new Result(photo.getFileName().toString(), ImageMetrics.psnr(channels(truth), channels(colored), 255),
                        ImageMetrics.psnr(channels(truth), channels(grayRgb), 255), ImageMetrics.psnr(trueDifferences, ColorizeReport.differences(colored), 255),
                        ImageMetrics.psnr(trueDifferences, new float[trueDifferences.length], 255)));
            }
        } finally {
            ColorProcessor.setWeightingFactors(weights[0], weights[1], weights[2]);
        }
        return results;
    }

    /** gray + scale × (colored − gray), channel by channel: the colour differences scaled on the same luminance. */
    private static ColorProcessor scaled(ColorProcessor colored, ColorProcessor gray, double scale) {
        if (scale == 1) return colored;
        int[] c = (int[]) colored.getPixels();
        int[] g = (int[]) gray.getPixels();
        int[] result = new int[c.length];
        for (int i = 0; i < c.length; i++) {
            int rgb = 0;
            for (int shift = 16; shift >= 0; shift -= 8) {
                double base = (g[i] >> shift) & 0xff;
                double value = base + scale * (((c[i] >> shift) & 0xff) - base);
                rgb |= (int) Math.max(0, Math.min(255, Math.round(value))) << shift;
            }
            result[i] = rgb;
        }
        return new ColorProcessor(colored.getWidth(), colored.getHeight(), result);
    }

    /** R of every pixel, then G, then B. */
    private static float[] channels(ColorProcessor rgb) {
        int[] pixels = (int[]) rgb.getPixels();
        float[] values = new float[3 * pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            values[i] = (pixels[i] >> 16) & 0xff;
            values[pixels.length + i] = (pixels[i] >> 8) & 0xff;
            values[2 * pixels.length + i] = pixels[i] & 0xff;
        }
        return values;
    }

    public static String table(List<Result> results) {
        StringBuilder table = new StringBuilder("| photograph | RGB PSNR (gray copied) | chroma PSNR (gray) | chroma gain |\n|---|---|---|---|\n");
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "| %s | %.2f (%.2f) | %.2f (%.2f) | %+.2f |%n", r.name(), r.rgb(), r.grayRgb(), r.chroma(), r.grayChroma(), r.chromaGain()));
        }
        return table.toString();
    }

    public static String summary(List<Result> results) {
        double mean = results.stream().mapToDouble(Result::chromaGain).average().orElse(Double.NaN);
        double worst = results.stream().mapToDouble(r -> r.rgb() - r.grayRgb()).min().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%d held-out photographs (%d of Debian's lomiri-wallpapers, a source no training image comes from, and chelsea, coffee):"
                        + " RGB PSNR above the gray image's on %d; mean chroma PSNR gain %+.2f dB; least RGB gain %+.2f dB",
                results.size(), results.size() - ColorizeReport.HELD_OUT.size(), results.stream().filter(Result::noHarm).count(), mean, worst);
    }
}
