package org.neuralij.image.tiling;

/** Runs a network over one plane of an image, tile by tile, into its output planes (see {@link TiledInference}). */
@FunctionalInterface
public interface PlaneInference {

    float[][] run(TileSource source, TileNetwork network, TileProgress progress);
}
