package org.neuralij.train.data;
import org.neuralij.image.FloatImage;

/**
 * A model input and its target, normalised and ready for patch sampling. The target is the same size as
 * the input, or an integer multiple of it for super-resolution.
 */
public record TrainingPair(String name, FloatImage input, FloatImage target) {
}
