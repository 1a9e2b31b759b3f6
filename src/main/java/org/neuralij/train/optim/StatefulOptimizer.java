package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;

import java.util.HashMap;
import java.util.Map;

/** An optimizer whose per-parameter state (e.g. Adam's moments) is exposed by kind and parameter id, for checkpoints. */
public interface StatefulOptimizer {

    /** Kind of state (e.g. "mean") → parameter id → array. The maps are live: a checkpoint loader fills them. */
    Map<String, Map<String, NDArray>> state();

    /** The state of all the parts in one checkpoint (their kinds must differ). */
    static StatefulOptimizer together(StatefulOptimizer... parts) {
        return () -> {
            Map<String, Map<String, NDArray>> all = new HashMap<>();
            for (StatefulOptimizer part : parts) all.putAll(part.state());
            return all;
        };
    }
}
