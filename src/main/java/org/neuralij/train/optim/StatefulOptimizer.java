package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;

import java.util.Map;

/** An optimizer whose per-parameter state (e.g. Adam's moments) is exposed by kind and parameter id, for checkpoints. */
public interface StatefulOptimizer {

    /** Kind of state (e.g. "mean") → parameter id → array. The maps are live: a checkpoint loader fills them. */
    Map<String, Map<String, NDArray>> state();
}
