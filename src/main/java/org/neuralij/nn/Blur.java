package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * fastai's blur after pixel shuffle: replicate the top row and left column, then average each
 * 2×2 neighbourhood with stride 1, so the size is unchanged and the 2×2 blocks of identical
 * pixels that pixel shuffle tends to produce are smoothed.
 */
public final class Blur extends AbstractBlock {

    private static final Shape WINDOW = new Shape(2, 2);

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray padded = GatherPadding.pad(inputs.singletonOrThrow(), GatherPadding.Edge.REPLICATE, 1, 0, 1, 0);
        return new NDList(Pool.avgPool2d(padded, WINDOW, new Shape(1, 1), new Shape(0, 0), false, true));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
