package org.neuralij.image.tiling;

/** A network applied to one tile: channels × height × width in, outputChannels × (scale·height) × (scale·width) out, both row-major per channel. */
public interface TileNetwork {

    float[] predict(float[] input, int channels, int height, int width);

    int outputChannels();

    int scale();
}
