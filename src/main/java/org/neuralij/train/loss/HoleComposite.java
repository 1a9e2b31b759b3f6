package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * An inpainting loss: the targets come with the hole mask as their last channel (1 in the hole);
 * the prediction is pasted into the target through the mask, as Inpaint pastes it into the image,
 * and the wrapped loss compares that composite with the target. Only hole pixels then carry a
 * gradient, and a feature loss sees the filled hole in its true surroundings.
 */
public final class HoleComposite extends Loss implements AutoCloseable {

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
        NDArray composite = predictions.singletonOrThrow().mul(mask).add(target.mul(mask.neg().add(1)));
        return inner.evaluate(new NDList(target), new NDList(composite));
    }

    @Override
    public void close() throws Exception {
        if (inner instanceof AutoCloseable holding) holding.close();
    }
}
