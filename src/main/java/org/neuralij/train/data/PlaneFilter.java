package org.neuralij.train.data;

import ij.process.FloatProcessor;
import java.util.function.UnaryOperator;
import org.neuralij.image.FloatImage;

/** Applies an ImageJ operation to every channel of an image. */
final class PlaneFilter {

    private PlaneFilter() {
    }

    static FloatImage eachChannel(FloatImage image, UnaryOperator<FloatProcessor> operation) {
        FloatProcessor[] planes = new FloatProcessor[image.channels()];
        for (int c = 0; c < planes.length; c++) {
            planes[c] = operation.apply(image.channelProcessor(c));
        }
        return FloatImage.ofChannels(planes);
    }
}
