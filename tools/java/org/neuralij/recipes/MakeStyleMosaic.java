package org.neuralij.recipes;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ColorProcessor;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;

/**
 * Makes {@code test-images/style-mosaic.png}, the style image of the bundled model
 * {@code style-default}: a mosaic of {@value #TILES} Voronoi tiles in saturated colours, each
 * shaded from its centre outwards, with dark joints — bold colour and hard edges, a texture a
 * style network visibly learns. Seeded ({@value #SEED}), so the same image on every machine;
 * made here, CC0. Run: {@code java … org.neuralij.recipes.MakeStyleMosaic [file]}.
 */
public final class MakeStyleMosaic {

    static final int SIZE = 256;
    static final int TILES = 90;
    static final long SEED = 1907;
    private static final int[] PALETTE = {0xD7263D, 0xF46036, 0xF9C80E, 0x2E294E, 0x1B998B, 0x3A86FF, 0x8338EC, 0xFF006E, 0x06D6A0, 0xFFFFFF};
    private static final int JOINT = 0x1A1A1A;

    private MakeStyleMosaic() {
    }

    public static void main(String[] args) {
        Path file = Paths.get(args.length > 0 ? args[0] : "test-images/style-mosaic.png");
        new FileSaver(new ImagePlus("style-mosaic", mosaic())).saveAsPng(file.toString());
        System.out.println("wrote " + file);
    }

    static ColorProcessor mosaic() {
        Random random = new Random(SEED);
        double[] cx = new double[TILES];
        double[] cy = new double[TILES];
        int[] colour = new int[TILES];
        for (int t = 0; t < TILES; t++) {
            cx[t] = random.nextDouble() * SIZE;
            cy[t] = random.nextDouble() * SIZE;
            colour[t] = PALETTE[random.nextInt(PALETTE.length)];
        }
        ColorProcessor ip = new ColorProcessor(SIZE, SIZE);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int nearest = 0;
                double first = Double.MAX_VALUE;
                double second = Double.MAX_VALUE;
                for (int t = 0; t < TILES; t++) {
                    double d = Math.hypot(x - cx[t], y - cy[t]);
                    if (d < first) {
                        second = first;
                        first = d;
                        nearest = t;
                    } else if (d < second) {
                        second = d;
                    }
                }
                // within 1.5 px of the bisector between the two nearest centres: a joint
                ip.set(x, y, second - first < 3 ? JOINT : shaded(colour[nearest], 1 - Math.min(0.35, first / 80)));
            }
        }
        return ip;
    }

    private static int shaded(int rgb, double factor) {
        int r = (int) Math.round((rgb >> 16 & 255) * factor);
        int g = (int) Math.round((rgb >> 8 & 255) * factor);
        int b = (int) Math.round((rgb & 255) * factor);
        return r << 16 | g << 8 | b;
    }
}
