package org.neuralij.image.tiling;

/** A network applied to one tile: channels × height × width in, outputChannels × (scale·height) × (scale·width) out, both row-major per channel. */
public interface TileNetwork {

    float[] predict(float[] input, int channels, int height, int width);

    int outputChannels();

    int scale();

    /** The largest tile side worth giving the network at once (a memory bound, e.g. of self-attention); automatic tiling stays below it. */
    default int largestTile() {
        return Integer.MAX_VALUE;
    }
}
