package org.neuralij.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Two networks trained together by one trainer (CycleGAN's two generators, or its two
 * critics): given (x, y) it returns (first(x), second(y)).
 */
public final class NetworkPair extends AbstractBlock {

    private final Block first;
    private final Block second;

    public NetworkPair(Block first, Block second) {
        super((byte) 1);
        this.first = addChildBlock("first", first);
        this.second = addChildBlock("second", second);
    }

    public Block first() {
        return first;
    }

    public Block second() {
        return second;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList out = new NDList(first.forward(store, new NDList(inputs.get(0)), training).singletonOrThrow());
        out.add(second.forward(store, new NDList(inputs.get(1)), training).singletonOrThrow());
        return out;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {first.getOutputShapes(new Shape[] {inputs[0]})[0], second.getOutputShapes(new Shape[] {inputs[1]})[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        first.initialize(manager, dataType, inputShapes[0]);
        second.initialize(manager, dataType, inputShapes[1]);
    }
}
