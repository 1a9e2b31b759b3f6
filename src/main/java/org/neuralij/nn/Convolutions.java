package org.neuralij.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/** Square 2-D convolutions padded to keep the size (divided by the stride). */
final class Convolutions {

    private Convolutions() {
    }

    static Conv2d conv(int kernel, int filters) {
        return conv(kernel, filters, 1);
    }

    static Conv2d conv(int kernel, int filters, int stride) {
        return Conv2d.builder()
                .setKernelShape(new Shape(kernel, kernel))
                .optPadding(new Shape(kernel / 2, kernel / 2))
                .optStride(new Shape(stride, stride))
                .setFilters(filters)
                .build();
    }
}
