package org.neuralij.image;

@FunctionalInterface
interface FloatSink {
    void accept(float value);
}
