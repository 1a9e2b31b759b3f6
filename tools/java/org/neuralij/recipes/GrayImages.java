package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;

import java.nio.file.Path;

/** Test images read as grayscale values in [0, 1] (RGB through ImageJ's weighted luminance). */
record GrayImages(float[] pixels, int width, int height) {

    static GrayImages read(Path file) {
        ImagePlus imp = IJ.openImage(file.toString());
        if (imp == null) throw new IllegalArgumentException("cannot read " + file);
        ImageProcessor gray = imp.getProcessor().convertToByte(false);
        float[] pixels = new float[imp.getWidth() * imp.getHeight()];
        for (int i = 0; i < pixels.length; i++) pixels[i] = gray.get(i) / 255f;
        return new GrayImages(pixels, imp.getWidth(), imp.getHeight());
    }
}
