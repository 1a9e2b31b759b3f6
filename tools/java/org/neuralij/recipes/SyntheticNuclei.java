package org.neuralij.recipes;

import ij.ImagePlus;
import ij.plugin.filter.GaussianBlur;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded synthetic fluorescence images of nuclei with their true objects: ellipses of varied
 * size, elongation and brightness, many of them touching or overlapping a neighbour, with
 * texture, on an uneven background, blurred and noisy. The same seed gives the same image.
 * The instance map gives each nucleus its own number (where two overlap, the one drawn later
 * is on top); {@link #classes()} turns it into the three classes of {@code segment-nuclei}.
 */
public final class SyntheticNuclei {

    public static final int BACKGROUND = 0;
    public static final int INTERIOR = 1;
    public static final int BOUNDARY = 2;

    private final int width;
    private final int height;
    private final float[] image;
    private final int[] instances;
    private final int count;

    private SyntheticNuclei(int width, int height, float[] image, int[] instances, int count) {
        this.width = width;
        this.height = height;
        this.image = image;
        this.instances = instances;
        this.count = count;
    }

    private record Ellipse(double cx, double cy, double a, double b, double angle, double brightness) {

        /** Squared normalised radius of (x, y): below 1 inside. */
        double radius2(double x, double y) {
            double dx = x - cx;
            double dy = y - cy;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double u = (dx * cos + dy * sin) / a;
            double v = (-dx * sin + dy * cos) / b;
            return u * u + v * v;
        }
    }

    public static SyntheticNuclei generate(int width, int height, long seed) {
        Random random = new Random(seed);
        List<Ellipse> nuclei = placeNuclei(width, height, random);
        int[] instances = new int[width * height];
        float[] signal = new float[width * height];
        for (int n = 0; n < nuclei.size(); n++) {
            Ellipse e = nuclei.get(n);
            int x0 = Math.max(0, (int) (e.cx - e.a - 1)), x1 = Math.min(width - 1, (int) (e.cx + e.a + 1));
            int y0 = Math.max(0, (int) (e.cy - e.a - 1)), y1 = Math.min(height - 1, (int) (e.cy + e.a + 1));
            double grain = 0.15 + 0.25 * random.nextDouble();
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    double r2 = e.radius2(x, y);
                    if (r2 > 1) continue;
                    instances[y * width + x] = n + 1;
                    double texture = 1 + grain * (Math.sin(x * 0.9 + n) * Math.cos(y * 0.7 - n) * 0.5 + random.nextDouble() - 0.5);
                    signal[y * width + x] += (float) (e.brightness * (0.75 + 0.25 * Math.sqrt(1 - r2)) * texture);
                }
            }
        }
        float[] image = new float[width * height];
        double gx = random.nextDouble() * 2 - 1, gy = random.nextDouble() * 2 - 1;
        double level = 10 + 25 * random.nextDouble();
        double slope = 15 * random.nextDouble();
        double bumpX = random.nextDouble() * width, bumpY = random.nextDouble() * height, bumpSize = 0.3 * Math.max(width, height);
        double bump = 25 * random.nextDouble();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double ramp = slope * (gx * (x / (double) width - 0.5) + gy * (y / (double) height - 0.5));
                double d2 = ((x - bumpX) * (x - bumpX) + (y - bumpY) * (y - bumpY)) / (bumpSize * bumpSize);
                image[y * width + x] = (float) (level + ramp + bump * Math.exp(-d2)) + signal[y * width + x];
            }
        }
        FloatProcessor blurred = new FloatProcessor(width, height, image);
        new GaussianBlur().blurGaussian(blurred, 0.8 + 1.2 * random.nextDouble());
        double noise = 2 + 10 * random.nextDouble();
        for (int i = 0; i < image.length; i++) {
            double shot = Math.sqrt(Math.max(image[i], 0)) * 0.8 * random.nextGaussian();
            image[i] = (float) Math.max(0, Math.min(255, image[i] + shot + noise * random.nextGaussian()));
        }
        return new SyntheticNuclei(width, height, image, instances, nuclei.size());
    }

    /** Nuclei placed at random, about half of them against (or partly over) one placed before. */
    private static List<Ellipse> placeNuclei(int width, int height, Random random) {
        double meanArea = Math.PI * 9 * 7;
        int count = (int) (width * height / meanArea * (0.12 + 0.18 * random.nextDouble()));
        List<Ellipse> nuclei = new ArrayList<>();
        for (int attempt = 0; nuclei.size() < count && attempt < count * 50; attempt++) {
            double a = 5 + 9 * random.nextDouble();
            double b = a * (0.55 + 0.45 * random.nextDouble());
            double angle = Math.PI * random.nextDouble();
            double brightness = 50 + 150 * random.nextDouble();
            double cx, cy;
            if (!nuclei.isEmpty() && random.nextDouble() < 0.5) {
                Ellipse neighbour = nuclei.get(random.nextInt(nuclei.size()));
                double direction = 2 * Math.PI * random.nextDouble();
                double distance = (neighbour.b + b) * (0.8 + 0.35 * random.nextDouble());
                cx = neighbour.cx + distance * Math.cos(direction);
                cy = neighbour.cy + distance * Math.sin(direction);
            } else {
                cx = random.nextDouble() * width;
                cy = random.nextDouble() * height;
            }
            Ellipse candidate = new Ellipse(cx, cy, a, b, angle, brightness);
            if (cx < 0 || cy < 0 || cx >= width || cy >= height || overlapsTooMuch(candidate, nuclei)) continue;
            nuclei.add(candidate);
        }
        return nuclei;
    }

    /** Centres closer than 0.8 × the smaller sum of half-axes would hide too much of a nucleus. */
    private static boolean overlapsTooMuch(Ellipse candidate, List<Ellipse> nuclei) {
        for (Ellipse other : nuclei) {
            double distance = Math.hypot(candidate.cx - other.cx, candidate.cy - other.cy);
            if (distance < 0.8 * (candidate.b + other.b)) return true;
        }
        return false;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int count() {
        return count;
    }

    /** The image as 8-bit pixels. */
    public ImagePlus image(String title) {
        ByteProcessor bytes = new ByteProcessor(width, height);
        for (int i = 0; i < image.length; i++) bytes.set(i, Math.round(image[i]));
        return new ImagePlus(title, bytes);
    }

    /** Each nucleus' own number, 0 for background; a copy. */
    public int[] instances() {
        return instances.clone();
    }

    public ImagePlus instanceImage(String title) {
        ShortProcessor labels = new ShortProcessor(width, height);
        for (int i = 0; i < instances.length; i++) labels.set(i, instances[i]);
        return new ImagePlus(title, labels);
    }

    /**
     * The training mask: 0 background, 1 interior, 2 boundary — the pixels of a nucleus with a
     * pixel of another nucleus or of the background among their 8 neighbours (1 px wide at the
     * background, 2 px between touching nuclei).
     */
    public ImagePlus classes(String title) {
        ByteProcessor mask = new ByteProcessor(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int label = instances[y * width + x];
                if (label == 0) continue;
                mask.set(x, y, touchesOther(x, y, label) ? BOUNDARY : INTERIOR);
            }
        }
        return new ImagePlus(title, mask);
    }

    private boolean touchesOther(int x, int y, int label) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx, ny = y + dy;
                if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
                if (instances[ny * width + nx] != label) return true;
            }
        }
        return false;
    }
}
