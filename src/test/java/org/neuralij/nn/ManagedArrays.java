package org.neuralij.nn;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the layer and loss tests: one PyTorch NDManager per test class, closed at the end. */
public abstract class ManagedArrays {

    protected static NDManager manager;

    @BeforeAll
    public static void open() {
        manager = NDManager.newBaseManager("PyTorch");
    }

    @AfterAll
    public static void close() {
        manager.close();
    }
}
