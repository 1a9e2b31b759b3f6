package org.neuralij.nn;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the layer tests: one PyTorch NDManager per test class, closed at the end. */
abstract class ManagedArrays {

    static NDManager manager;

    @BeforeAll
    static void open() {
        manager = NDManager.newBaseManager("PyTorch");
    }

    @AfterAll
    static void close() {
        manager.close();
    }
}
