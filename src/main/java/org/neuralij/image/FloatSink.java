package org.neuralij.image;

/** Receives pixel values one by one, as a channel is read. */
@FunctionalInterface
public interface FloatSink {
    void accept(float value);
}
