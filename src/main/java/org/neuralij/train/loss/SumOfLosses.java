package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

import java.util.List;

/** Several losses of the same labels and predictions, added with weights. */
public final class SumOfLosses extends Loss {

    private final List<Loss> losses;
    private final float[] weights;

    public SumOfLosses(String name, List<Loss> losses, float[] weights) {
        super(name);
        if (losses.isEmpty() || losses.size() != weights.length) throw new IllegalArgumentException("one weight per loss, at least one loss");
        this.losses = List.copyOf(losses);
        this.weights = weights.clone();
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray total = losses.get(0).evaluate(labels, predictions).mul(weights[0]);
        for (int i = 1; i < losses.size(); i++) {
            total = total.add(losses.get(i).evaluate(labels, predictions).mul(weights[i]));
        }
        return total;
    }
}
