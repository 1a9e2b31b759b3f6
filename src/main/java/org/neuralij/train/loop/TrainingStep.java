package org.neuralij.train.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;

/**
 * One optimisation step on a batch given as plain arrays: forward, loss, backward, update.
 * A loss that is not finite is returned without touching the weights, so the caller can stop
 * with the last good state. (The gradients are cleared by our optimizers, as by DJL's fused
 * ones: the PyTorch engine would otherwise add each step's gradients to the last.)
 */
public final class TrainingStep {

    private TrainingStep() {
    }

    public static float run(Trainer trainer, float[] inputs, Shape inputShape, float[] targets, Shape targetShape) {
        float loss;
        try (NDManager scope = trainer.getManager().newSubManager(); GradientCollector collector = trainer.newGradientCollector()) {
            NDArray x = scope.create(inputs, inputShape);
            NDArray y = scope.create(targets, targetShape);
            NDArray value = trainer.getLoss().evaluate(new NDList(y), trainer.forward(new NDList(x)));
            loss = value.getFloat();
            if (!Float.isFinite(loss)) return loss;
            collector.backward(value);
        }
        trainer.step();
        return loss;
    }
}
