package org.neuralij.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

/**
 * Self-attention over the pixels of a feature map (SAGAN, as in fastai's U-Net): queries and
 * keys are 1×1 convolutions to C/8 channels, values a 1×1 convolution to C; every output
 * pixel is x + γ·Σ_j softmax_j(q_j·k_i) v_j, with γ learned and starting at 0 so that a new
 * block passes its input unchanged. The attention matrix has (H·W)² entries: use it at low
 * resolution only.
 */
public final class SelfAttention extends AbstractBlock {

    static final int REDUCTION = 8;

    private final Block query;
    private final Block key;
    private final Block value;
    private final Parameter gamma;

    public SelfAttention(int channels) {
        if (channels < REDUCTION) throw new IllegalArgumentException("self-attention needs at least " + REDUCTION + " channels, not " + channels);
        query = addChildBlock("query", Convolutions.conv(1, channels / REDUCTION));
        key = addChildBlock("key", Convolutions.conv(1, channels / REDUCTION));
        value = addChildBlock("value", Convolutions.conv(1, channels));
        gamma = addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.GAMMA)
                .optShape(new Shape(1)).optInitializer(Initializer.ZEROS).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Shape shape = x.getShape();
        long batch = shape.get(0);
        long pixels = shape.get(2) * shape.get(3);
        NDArray q = flat(query, store, x, training, params, batch, pixels);
        NDArray k = flat(key, store, x, training, params, batch, pixels);
        NDArray v = flat(value, store, x, training, params, batch, pixels);
        // weights[b, j, i]: how much output pixel i draws from pixel j, normalised over j
        NDArray weights = q.transpose(0, 2, 1).matMul(k).softmax(1);
        NDArray attended = v.matMul(weights).reshape(shape);
        Device device = x.getDevice();
        return new NDList(attended.mul(store.getValue(gamma, device, training)).add(x));
    }

    private static NDArray flat(Block conv, ParameterStore store, NDArray x, boolean training, PairList<String, Object> params, long batch, long pixels) {
        return conv.forward(store, new NDList(x), training, params).singletonOrThrow().reshape(batch, -1, pixels);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (Block conv : new Block[] {query, key, value}) conv.initialize(manager, dataType, inputShapes[0]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
