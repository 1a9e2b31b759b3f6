package org.neuralij.nn.engine;

/**
 * The CPU convolution kernels this process uses, why, and the line to show the user when they are not
 * the fastest ones (empty when nothing needs saying).
 */
public record KernelSetup(KernelChoice choice, String reason) {

    public String notice() {
        if (choice == KernelChoice.DEFAULT) return "";
        return "NeuralIJ: CPU convolutions use " + choice.description() + ", because " + reason + ".";
    }
}
