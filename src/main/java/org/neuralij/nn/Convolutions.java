package org.neuralij.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;

/** Square 2-D convolutions, by default zero-padded to keep the size (divided by the stride). */
final class Convolutions {

    private Convolutions() {
    }

    static Conv2d conv(int kernel, int filters) {
        return conv(kernel, filters, 1);
    }

    static Conv2d conv(int kernel, int filters, int stride) {
        return conv(kernel, filters, stride, kernel / 2);
    }

    static Conv2d conv(int kernel, int filters, int stride, int padding) {
        return Conv2d.builder()
                .setKernelShape(new Shape(kernel, kernel))
                .optPadding(new Shape(padding, padding))
                .optStride(new Shape(stride, stride))
                .setFilters(filters)
                .build();
    }

    /** Mirror padding then an unpadded convolution: keeps the size without the dark frame zero padding draws. */
    static Block reflectionPadded(int kernel, int filters) {
        return new SequentialBlock().add(new ReflectionPad2d(kernel / 2)).add(conv(kernel, filters, 1, 0));
    }
}
