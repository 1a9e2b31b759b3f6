package org.neuralij.train.loop;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;

import java.nio.file.Files;
import java.nio.file.Path;

/** Small images for the style-transfer tests: smooth colour blobs as content, coloured diagonal stripes as style. */
public final class StylePictures {

    private StylePictures() {
    }

    /** A folder of {@code count} RGB content images of {@code size} px. */
    public static Path contentFolder(Path folder, int count, int size) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
        for (int k = 0; k < count; k++) {
            ColorProcessor ip = new ColorProcessor(size, size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int r = (int) (127 + 100 * Math.sin((x + 13 * k) / 9.0));
                    int g = (int) (127 + 100 * Math.cos((y - 7 * k) / 11.0));
                    int b = (int) (127 + 60 * Math.sin((x + y) / 15.0 + k));
                    ip.set(x, y, (r << 16) | (g << 8) | b);
                }
            }
            IJ.saveAsTiff(new ImagePlus("content" + k, ip), folder.resolve("content" + k + ".tif").toString());
        }
        return folder;
    }

    /** Red and blue diagonal stripes, 3 px wide. */
    public static ImagePlus stripes(int width, int height) {
        ColorProcessor ip = new ColorProcessor(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) ip.set(x, y, ((x + y) / 3) % 2 == 0 ? 0xE02020 : 0x2030E0);
        }
        return new ImagePlus("stripes", ip);
    }

    /** The same stripes in 8-bit gray. */
    public static ImagePlus grayStripes(int width, int height) {
        ByteProcessor ip = new ByteProcessor(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) ip.set(x, y, ((x + y) / 3) % 2 == 0 ? 220 : 40);
        }
        return new ImagePlus("gray stripes", ip);
    }

    public static Path save(ImagePlus imp, Path file) {
        IJ.saveAsTiff(imp, file.toString());
        return file;
    }
}
