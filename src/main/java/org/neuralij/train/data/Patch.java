package org.neuralij.train.data;
import org.neuralij.image.FloatImage;

/**
 * A square input patch and its target patch (scale times larger), with where they came from: the input
 * patch's top-left corner in the pair's input image and the orientation applied to both.
 */
public record Patch(String source, int x, int y, Orientation orientation, FloatImage input, FloatImage target) {
}
