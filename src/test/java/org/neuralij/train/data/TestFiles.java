package org.neuralij.train.data;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ShortProcessor;
import java.nio.file.Path;

/** Writes small images for the tests. */
final class TestFiles {

    private TestFiles() {
    }

    static ImagePlus gray8(int width, int height) {
        ByteProcessor ip = new ByteProcessor(width, height);
        for (int i = 0; i < width * height; i++) {
            ip.set(i, (i * 7) % 256);
        }
        return new ImagePlus("gray8", ip);
    }

    static ImagePlus gray16(int width, int height) {
        ShortProcessor ip = new ShortProcessor(width, height);
        for (int i = 0; i < width * height; i++) {
            ip.set(i, i * 100);
        }
        return new ImagePlus("gray16", ip);
    }

    static ImagePlus rgb(int width, int height) {
        ColorProcessor ip = new ColorProcessor(width, height);
        for (int i = 0; i < width * height; i++) {
            ip.set(i, (10 << 16) | (20 << 8) | 30);
        }
        return new ImagePlus("rgb", ip);
    }

    static Path tiff(Path folder, String name, ImagePlus imp) {
        Path file = folder.resolve(name);
        IJ.saveAsTiff(imp, file.toString());
        return file;
    }

    static Path png(Path folder, String name, ImagePlus imp) {
        Path file = folder.resolve(name);
        if (!new FileSaver(imp).saveAsPng(file.toString())) {
            throw new IllegalStateException("Could not write " + file);
        }
        return file;
    }
}
