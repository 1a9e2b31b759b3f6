package org.neuralij.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Pads height and width by mirroring the image at its borders, the same as torch.nn.ReflectionPad2d. */
public final class ReflectionPad2d extends AbstractBlock {

    private final int left;
    private final int right;
    private final int top;
    private final int bottom;

    public ReflectionPad2d(int padding) {
        this(padding, padding, padding, padding);
    }

    /** Sides in torch's order: left, right, top, bottom. */
    public ReflectionPad2d(int left, int right, int top, int bottom) {
        if (Math.min(Math.min(left, right), Math.min(top, bottom)) < 0) {
            throw new IllegalArgumentException("ReflectionPad2d needs paddings ≥ 0, not left " + left + ", right " + right
                    + ", top " + top + ", bottom " + bottom);
        }
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        Shape shape = inputs.singletonOrThrow().getShape();
        long height = shape.get(2);
        long width = shape.get(3);
        if (Math.max(top, bottom) >= height || Math.max(left, right) >= width) {
            throw new IllegalArgumentException("ReflectionPad2d(left " + left + ", right " + right + ", top " + top + ", bottom "
                    + bottom + ") needs an input larger than the padding on each axis, not " + width + "×" + height
                    + ": use a smaller padding or a larger input");
        }
        return new NDList(GatherPadding.pad(inputs.singletonOrThrow(), GatherPadding.Edge.REFLECT, left, right, top, bottom));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), in.get(2) + top + bottom, in.get(3) + left + right)};
    }
}
