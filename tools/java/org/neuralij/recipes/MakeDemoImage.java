package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;

import java.util.Random;

/**
 * Makes test-images/cell-noisy.tif, the demo's input: cell.png (held out from training) with
 * Gaussian noise of sigma 25 (seed 2026), rounded and clamped to 8 bits.
 * Run: {@code bin/recipe MakeDemoImage}.
 */
public final class MakeDemoImage {

    public static void main(String[] args) {
        ImagePlus clean = IJ.openImage("test-images/cell.png");
        ByteProcessor noisy = (ByteProcessor) clean.getProcessor().convertToByte(false);
        Random random = new Random(DenoiserReport.TEST_SEED);
        for (int i = 0; i < noisy.getPixelCount(); i++) {
            noisy.set(i, (int) Math.max(0, Math.min(255, Math.round(noisy.get(i) + DenoiserReport.TEST_SIGMA * random.nextGaussian()))));
        }
        IJ.saveAsTiff(new ImagePlus("cell-noisy.tif", noisy), "test-images/cell-noisy.tif");
        System.exit(0);
    }
}
