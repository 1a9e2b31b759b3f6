package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

import java.util.HashMap;
import java.util.Map;

/**
 * Stochastic weight averaging (Izmailov et al.): the equal-weight running mean of the trainable
 * parameters over the snapshots {@link #add added}. Its arrays are checkpoint state like an
 * optimizer's, so a resumed training goes on with the same average. BatchNorm running statistics
 * are not averaged (they are not trainable): recompute them for the averaged weights.
 */
public final class WeightAverage implements StatefulOptimizer {

    private final Map<String, NDArray> averages = new HashMap<>();
    private int count;

    /** @param count the snapshots in the average a checkpoint will restore (0 for a new one) */
    public WeightAverage(int count) {
        this.count = count;
    }

    /** Adds the block's current trainable parameters as one more snapshot. */
    public void add(Block block) {
        if (averages.isEmpty()) count = 0;
        count++;
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            if (!parameter.getValue().requiresGradient()) continue;
            NDArray weight = parameter.getValue().getArray();
            NDArray average = averages.get(parameter.getValue().getId());
            if (average == null) {
                averages.put(parameter.getValue().getId(), weight.duplicate());
            } else {
                try (NDArray step = weight.sub(average)) {
                    average.addi(step.divi(count));
                }
            }
        }
    }

    public int count() {
        return averages.isEmpty() ? 0 : count;
    }

    /** Overwrites the block's trainable parameters (in place: the same arrays) with the average. */
    public void copyInto(Block block) {
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            NDArray average = averages.get(parameter.getValue().getId());
            if (average != null) parameter.getValue().getArray().set(new NDIndex("..."), average);
        }
    }

    @Override
    public Map<String, Map<String, NDArray>> state() {
        return Map.of("average", averages);
    }
}
