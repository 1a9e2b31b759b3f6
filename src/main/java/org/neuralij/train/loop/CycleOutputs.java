package org.neuralij.train.loop;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/**
 * What CycleGAN's generators (A→B, B→A) make of samples of A and B, without training: the translations and
 * their translations back. Values as the networks see them (-1..1).
 */
public record CycleOutputs(float[] fakeB, float[] fakeA, float[] reconstructedA, float[] reconstructedB) {

    /** {@code generators} is the pair (A→B, B→A), given (a, b) it returns (fake B, fake A). */
    public static CycleOutputs of(Block generators, NDManager manager, float[] a, Shape shapeA, float[] b, Shape shapeB) {
        try (NDManager scope = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(scope, false);
            NDList fakes = generators.forward(store, new NDList(scope.create(a, shapeA), scope.create(b, shapeB)), false);
            NDList back = generators.forward(store, new NDList(fakes.get(1), fakes.get(0)), false);
            return new CycleOutputs(fakes.get(0).toFloatArray(), fakes.get(1).toFloatArray(), back.get(1).toFloatArray(), back.get(0).toFloatArray());
        }
    }
}
