package org.neuralij.image.tiling;

/** What tiling must respect about a network: size multiple, minimal size, receptive-field radius, output scale. */
public record NetworkGeometry(int sizeMultiple, int minSize, int halo, int scale) {

    public NetworkGeometry {
        if (sizeMultiple < 1 || minSize < 1 || halo < 0 || scale < 1)
            throw new IllegalArgumentException("invalid network geometry " + sizeMultiple + "/" + minSize + "/" + halo + "/" + scale);
    }
}
