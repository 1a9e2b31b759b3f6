package org.neuralij.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neuralij.nn.engine.TorchEngine;

/**
 * Registered for every test class (src/test/resources/META-INF/services): the engine's kernels are
 * chosen and checked before any test makes an array, as the product does before its first one, so
 * that tests which build networks on DJL directly run on the same kernels as users.
 */
public final class CheckedKernels implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TorchEngine.kernels();
    }
}
