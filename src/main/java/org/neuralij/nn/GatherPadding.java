package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Pads the last two axes of an (N, C, H, W) array with pixels of the array itself, in a single
 * advanced-indexing call: the padded result is the input gathered at a grid of source rows and
 * columns. One native call is much cheaper than slicing, flipping and concatenating the borders.
 */
final class GatherPadding {

    enum Edge {
        /** Mirror without repeating the edge pixel, as torch.nn.ReflectionPad2d. */
        REFLECT,
        /** Repeat the edge pixel, as torch.nn.ReplicationPad2d. */
        REPLICATE;

        long source(long position, long size) {
            if (this == REPLICATE) return Math.min(Math.max(position, 0), size - 1);
            if (position < 0) return -position;
            return position >= size ? 2 * (size - 1) - position : position;
        }
    }

    private GatherPadding() {
    }

    static NDArray pad(NDArray input, Edge edge, int left, int right, int top, int bottom) {
        Shape shape = input.getShape();
        NDManager manager = input.getManager();
        long[] rows = sources(edge, shape.get(2), top, bottom);
        long[] columns = sources(edge, shape.get(3), left, right);
        // The index arrays live as long as the input's manager, not just this call: the engine may wrap
        // their Java memory without copying, and the backward pass of the gather reads them again.
        NDArray rowIndex = manager.create(rows, new Shape(rows.length, 1));
        NDArray columnIndex = manager.create(columns, new Shape(1, columns.length));
        return input.get(new NDIndex(":, :, {}, {}", rowIndex, columnIndex));
    }

    private static long[] sources(Edge edge, long size, int before, int after) {
        long[] sources = new long[(int) size + before + after];
        for (int i = 0; i < sources.length; i++) sources[i] = edge.source(i - before, size);
        return sources;
    }
}
