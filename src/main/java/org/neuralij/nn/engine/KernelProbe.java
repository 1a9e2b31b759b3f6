package org.neuralij.nn.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

/**
 * Runs {@link ConvolutionCheck} with one {@link KernelChoice}, in a process of its own: oneDNN fixes its
 * instruction set at its first kernel, so each choice needs a fresh process. Prints one line that
 * {@link ChildProcessProbe} reads: {@value #MARK} followed by {@code passed} or {@code failed} and the summary.
 */
public final class KernelProbe {

    static final String MARK = "neuralij-kernel-check:";

    private KernelProbe() {
    }

    public static void main(String[] args) {
        KernelChoice choice = KernelChoice.parse(args[0]);
        choice.isaCap().ifPresent(OneDnnSwitch::capInstructionSet);
        Engine engine = Engine.getEngine(TorchEngine.NAME);
        if (choice == KernelChoice.NATIVE) OneDnnSwitch.useOneDnn(false);
        try (NDManager manager = engine.newBaseManager(Device.cpu())) {
            ConvolutionCheck.Result result = ConvolutionCheck.run(manager);
            System.out.println(MARK + (result.passed() ? "passed " : "failed ") + result.summary());
        }
    }
}
