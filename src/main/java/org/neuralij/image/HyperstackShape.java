package org.neuralij.image;

import ij.ImagePlus;

/**
 * Width, height and the channel/slice/frame counts of an ImageJ image, and the mapping from
 * (c, z, t) to ImageJ's 0-based stack index {@code c + z*C + t*C*Z}.
 */
record HyperstackShape(int width, int height, int channels, int slices, int frames) {

    static HyperstackShape of(ImagePlus imp) {
        return new HyperstackShape(imp.getWidth(), imp.getHeight(),
                imp.getNChannels(), imp.getNSlices(), imp.getNFrames());
    }

    int planeSize() {
        return width * height;
    }

    int stackIndex(int c, int z, int t) {
        return c + z * channels + t * channels * slices;
    }
}
