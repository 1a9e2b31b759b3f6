package org.neuralij.image.tiling;

/** A tile network made of a plain function, for tests. */
public record FunctionNetwork(int outputChannels, int scale, Function function) implements TileNetwork {

    @FunctionalInterface
    public interface Function {
        float[] apply(float[] input, int channels, int height, int width);
    }

    @Override
    public float[] predict(float[] input, int channels, int height, int width) {
        return function.apply(input, channels, height, width);
    }
}
