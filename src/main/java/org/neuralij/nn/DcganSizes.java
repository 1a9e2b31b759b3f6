package org.neuralij.nn;

/** The stride-2 stage count of the DCGAN generator and critic, which meet at a 4×4 feature map. */
final class DcganSizes {

    private DcganSizes() {
    }

    /** Stride-2 steps between a 4×4 map and an image of {@code imageSize} px, a power of 2 ≥ 8. */
    static int doublings(String network, int imageSize) {
        if (imageSize < 8 || Integer.bitCount(imageSize) != 1) {
            throw new IllegalArgumentException(network + " needs an image size that is a power of 2 ≥ 8, not " + imageSize);
        }
        return Integer.numberOfTrailingZeros(imageSize) - 2;
    }
}
