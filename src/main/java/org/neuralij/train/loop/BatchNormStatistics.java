package org.neuralij.train.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the running mean and variance of a network's BatchNorm layers for weights that were
 * never trained as they are (averaged weights), as the equal-weight mean of the statistics of a
 * number of training-mode forward passes (what torch.optim.swa_utils.update_bn does). Networks
 * without DJL BatchNorm layers are left as they are.
 */
final class BatchNormStatistics {

    // DJL's BatchNorm (default momentum 0.9) hands libtorch 1 − 0.9: each training-mode forward pass
    // moves a running statistic this fraction of the way toward the batch's own statistic
    static final float BATCH_WEIGHT = 0.1f;

    private BatchNormStatistics() {
    }

    /** @param trainingForward runs the network in training mode on the next batch */
    static void recompute(Block block, int batches, Runnable trainingForward) {
        List<NDArray> running = runningStatistics(block);
        if (running.isEmpty()) return;
        List<NDArray> sums = new ArrayList<>();
        for (NDArray statistic : running) sums.add(statistic.zerosLike());
        for (int batch = 0; batch < batches; batch++) {
            // from zero, a forward pass leaves BATCH_WEIGHT × the batch's statistic
            for (NDArray statistic : running) statistic.set(new NDIndex("..."), 0f);
            trainingForward.run();
            for (int i = 0; i < running.size(); i++) sums.get(i).addi(running.get(i));
        }
        for (int i = 0; i < running.size(); i++) {
            try (NDArray sum = sums.get(i)) {
                running.get(i).set(new NDIndex("..."), sum.divi(batches * BATCH_WEIGHT));
            }
        }
    }

    private static List<NDArray> runningStatistics(Block block) {
        List<NDArray> running = new ArrayList<>();
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            Parameter.Type type = parameter.getValue().getType();
            if (type == Parameter.Type.RUNNING_MEAN || type == Parameter.Type.RUNNING_VAR) running.add(parameter.getValue().getArray());
        }
        return running;
    }
}
