package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * An inpainting loss: the targets come with the hole mask as their last channel (1 in the hole);
 * the prediction is pasted into the target through the mask, as Inpaint pastes it into the image
 * (outside the hole the composite keeps 1 % of the prediction's error), and the wrapped loss compares
 * that composite with the target. The hole's pixels carry the loss, and a feature loss sees the
 * filled hole in its true surroundings.
 */
public final class HoleComposite extends Loss implements AutoCloseable {

    /** How much an error outside the hole counts against one inside: small, but never zero, so that a batch without holes still has a gradient. */
    static final float OUTSIDE_WEIGHT = 0.01f;

    private final Loss inner;

    public HoleComposite(Loss inner) {
        super(inner.getName());
        this.inner = inner;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray both = labels.singletonOrThrow();
        long channels = both.getShape().get(1) - 1;
        NDList parts = both.split(new long[] {channels}, 1);
        NDArray target = parts.get(0);
        NDArray mask = parts.get(1);
        NDArray weight = mask.mul(1 - OUTSIDE_WEIGHT).add(OUTSIDE_WEIGHT);
        NDArray composite = predictions.singletonOrThrow().sub(target).mul(weight).add(target);
        return inner.evaluate(new NDList(target), new NDList(composite));
    }

    @Override
    public void close() throws Exception {
        if (inner instanceof AutoCloseable holding) holding.close();
    }
}
