package org.neuralij.recipes;

import ij.ImagePlus;
import ij.plugin.filter.GaussianBlur;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded widefield fluorescence images of nuclei made under stated {@link NucleiConditions}, for judging a
 * segmentation on images no model trained on: a generator of its own, unlike {@link SyntheticNuclei} (which
 * makes the training images). Nuclei are ellipses of axis ratio 0.55–1 with 2- and 3-fold waves on their edge, about
 * a third of them against or partly over a neighbour, with a domed profile and smooth chromatin texture; they sit on a
 * camera's offset and background, under the conditions' illumination, blurred by the optics, with photon
 * (Poisson) and read noise, rounded to the bit depth. The instance map numbers each nucleus.
 */
public final class WidefieldNuclei {

    private final ImagePlus image;
    private final int[] instances;
    private final int count;

    private WidefieldNuclei(ImagePlus image, int[] instances, int count) {
        this.image = image;
        this.instances = instances;
        this.count = count;
    }

    /** A nucleus: an ellipse of mean radius {@code radius} and axis ratio {@code roundness} (≤ 1) along {@code angle}, its edge waved 2- and 3-fold. */
    private record Blob(double cx, double cy, double radius, double roundness, double angle, double wave2, double phase2, double wave3, double phase3,
                        double brightness) {

        /** Distance from the centre over the edge in that direction: below 1 inside. */
        double relative(double x, double y) {
            double dx = x - cx;
            double dy = y - cy;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double u = (dx * cos + dy * sin) * Math.sqrt(roundness);
            double v = (-dx * sin + dy * cos) / Math.sqrt(roundness);
            double theta = Math.atan2(v, u);
            double waves = 1 + wave2 * Math.cos(2 * (theta - phase2)) + wave3 * Math.cos(3 * (theta - phase3));
            return Math.hypot(u, v) / (radius * waves);
        }
    }

    public static WidefieldNuclei generate(NucleiConditions conditions, int size, long seed) {
        Random random = new Random(seed);
        List<Blob> blobs = place(conditions, size, random);
        int[] instances = new int[size * size];
        float[] signal = new float[size * size];
        float[] texture = smoothNoise(size, random);
        for (int n = 0; n < blobs.size(); n++) {
            Blob blob = blobs.get(n);
            int reach = (int) Math.ceil(blob.radius * 1.4 / Math.sqrt(blob.roundness)) + 1;
            for (int y = Math.max(0, (int) blob.cy - reach); y <= Math.min(size - 1, (int) blob.cy + reach); y++) {
                for (int x = Math.max(0, (int) blob.cx - reach); x <= Math.min(size - 1, (int) blob.cx + reach); x++) {
                    double r = blob.relative(x, y);
                    if (r >= 1) continue;
                    int i = y * size + x;
                    instances[i] = n + 1;
                    signal[i] = (float) (blob.brightness * (0.65 + 0.35 * (1 - r * r)) * (1 + 0.5 * texture[i]));
                }
            }
        }
        float[] photons = new float[size * size];
        double contrast = conditions.contrast();
        double angle = 2 * Math.PI * random.nextDouble();
        double cu = 0.35 + 0.3 * random.nextDouble();
        double cv = 0.35 + 0.3 * random.nextDouble();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double u = (x + 0.5) / size;
                double v = (y + 0.5) / size;
                double scene = conditions.background() + signal[y * size + x];
                double added = 0;
                double gain = 1;
                switch (conditions.field()) {
                    case GRADIENT -> added = conditions.fieldAmplitude() * contrast * ramp(u, v, angle);
                    case VIGNETTING -> {
                        double d2 = ((u - cu) * (u - cu) + (v - cv) * (v - cv)) / 0.5;
                        added = conditions.fieldAmplitude() * contrast * Math.max(0, 1 - d2);
                        gain = 1 - 0.35 * Math.min(1, d2);
                    }
                    default -> {
                    }
                }
                photons[y * size + x] = (float) (gain * scene + added);
            }
        }
        FloatProcessor blurred = new FloatProcessor(size, size, photons);
        if (conditions.blur() > 0) new GaussianBlur().blurGaussian(blurred, conditions.blur(), conditions.blur(), 0.002);
        double max = conditions.bitDepth() == 8 ? 255 : 65535;
        ImageProcessor pixels = conditions.bitDepth() == 8 ? new ByteProcessor(size, size) : new ShortProcessor(size, size);
        for (int i = 0; i < photons.length; i++) {
            double lambda = Math.max(0, photons[i]);
            double counted = lambda + Math.sqrt(lambda) * random.nextGaussian() + conditions.readNoise() * random.nextGaussian();
            pixels.set(i, (int) Math.round(Math.max(0, Math.min(max, conditions.cameraOffset() + counted))));
        }
        return new WidefieldNuclei(new ImagePlus(conditions.name() + "-" + seed, pixels), instances, blobs.size());
    }

    /** 0 to 1 across the image along a direction. */
    private static double ramp(double u, double v, double angle) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double low = Math.min(0, cos) + Math.min(0, sin);
        double high = Math.max(0, cos) + Math.max(0, sin);
        return (cos * u + sin * v - low) / (high - low);
    }

    /** Zero-mean texture of about ±0.5, smooth over 1.5 px. */
    private static float[] smoothNoise(int size, Random random) {
        float[] values = new float[size * size];
        for (int i = 0; i < values.length; i++) values[i] = (float) random.nextGaussian();
        FloatProcessor plane = new FloatProcessor(size, size, values);
        new GaussianBlur().blurGaussian(plane, 1.5, 1.5, 0.01);
        for (int i = 0; i < values.length; i++) values[i] *= 1.2f;
        return values;
    }

    /** About a third of the nuclei against or partly over the one placed before (pairs and small clumps), the rest apart; about a fifth of the image covered. */
    private static List<Blob> place(NucleiConditions conditions, int size, Random random) {
        double meanRadius = (conditions.radiusMin() + conditions.radiusMax()) / 2;
        int wanted = (int) Math.round(0.2 * size * size / (Math.PI * meanRadius * meanRadius));
        List<Blob> blobs = new ArrayList<>();
        for (int attempt = 0; blobs.size() < wanted && attempt < wanted * 200; attempt++) {
            double radius = conditions.radiusMin() + random.nextDouble() * (conditions.radiusMax() - conditions.radiusMin());
            Blob partner = !blobs.isEmpty() && random.nextDouble() < 0.35 ? blobs.get(blobs.size() - 1) : null;
            double cx;
            double cy;
            if (partner != null) {
                double direction = 2 * Math.PI * random.nextDouble();
                double distance = (partner.radius + radius) * (0.8 + 0.15 * random.nextDouble());
                cx = partner.cx + distance * Math.cos(direction);
                cy = partner.cy + distance * Math.sin(direction);
            } else {
                cx = radius + random.nextDouble() * (size - 2 * radius);
                cy = radius + random.nextDouble() * (size - 2 * radius);
            }
            Blob blob = new Blob(cx, cy, radius, 0.55 + 0.45 * random.nextDouble(), Math.PI * random.nextDouble(), 0.12 * random.nextDouble(),
                    Math.PI * random.nextDouble(), 0.05 * random.nextDouble(), Math.PI * random.nextDouble(), conditions.contrast() * (0.6 + 0.8 * random.nextDouble()));
            if (cx < radius || cy < radius || cx > size - radius || cy > size - radius || tooClose(blob, blobs, partner)) continue;
            blobs.add(blob);
        }
        return blobs;
    }

    private static boolean tooClose(Blob blob, List<Blob> blobs, Blob partner) {
        for (Blob other : blobs) {
            double distance = Math.hypot(blob.cx - other.cx, blob.cy - other.cy);
            double limit = (blob.radius + other.radius) * (other == partner ? 0.78 : 1.3);
            if (distance < limit) return true;
        }
        return false;
    }

    public ImagePlus image() {
        return image;
    }

    /** Each nucleus' own number, 0 for background; a copy. */
    public int[] instances() {
        return instances.clone();
    }

    public int count() {
        return count;
    }
}
