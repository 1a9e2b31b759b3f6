package org.neuralij.recipes;

import ij.IJ;

/**
 * Makes test-images/nuclei.tif, the input of macros/segment.ijm and of the README picture: a
 * 256×256 synthetic nuclei image of a seed used neither for training nor for the test set, and
 * test-images/nuclei-true-labels.tif, its true nuclei (16-bit, one number per nucleus).
 * Run: {@code bin/recipe MakeNucleiImages}.
 */
public final class MakeNucleiImages {

    static final long SEED = 20_001;

    public static void main(String[] args) {
        SyntheticNuclei nuclei = SyntheticNuclei.generate(256, 256, SEED);
        IJ.saveAsTiff(nuclei.image("nuclei.tif"), "test-images/nuclei.tif");
        IJ.saveAsTiff(nuclei.instanceImage("nuclei-true-labels.tif"), "test-images/nuclei-true-labels.tif");
        System.out.println(nuclei.count() + " nuclei");
        System.exit(0);
    }
}
