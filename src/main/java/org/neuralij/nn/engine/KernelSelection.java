package org.neuralij.nn.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the fastest CPU kernels that compute convolutions right on this machine: the choice remembered
 * for this machine if there is one, else each {@link KernelChoice} in order of speed is checked (in a
 * process of its own, by the {@link Probe}) until one passes, and the verdict is remembered.
 */
final class KernelSelection {

    /** Checks one choice: in a fresh process, since oneDNN's instruction set cannot change once used. */
    interface Probe {
        ConvolutionCheck.Result probe(KernelChoice choice) throws IOException;
    }

    /** The verdicts remembered per machine signature. */
    interface Memory {
        Optional<Verdict> recall(String signature);

        void remember(String signature, Verdict verdict) throws IOException;
    }

    /** A choice and why: what each faster choice's check found. */
    record Verdict(KernelChoice choice, List<String> rejected) {
        String explanation() {
            return rejected.isEmpty() ? "the fastest kernels, right on this machine"
                    : "faster kernels compute convolutions wrong on this machine (" + String.join("; ", rejected) + ")";
        }
    }

    private final Probe probe;
    private final Memory memory;

    KernelSelection(Probe probe, Memory memory) {
        this.probe = probe;
        this.memory = memory;
    }

    /**
     * @throws IOException when a check could not run at all (the caller then checks in its own process)
     */
    Verdict select(String signature) throws IOException {
        Optional<Verdict> known = memory.recall(signature);
        if (known.isPresent()) return known.get();
        List<String> rejected = new ArrayList<>();
        for (KernelChoice choice : KernelChoice.values()) {
            ConvolutionCheck.Result result = probe.probe(choice);
            if (result.passed()) {
                Verdict verdict = new Verdict(choice, List.copyOf(rejected));
                try {
                    memory.remember(signature, verdict);
                } catch (IOException unwritable) {
                    // the verdict still holds for this process; the next one checks again
                }
                return verdict;
            }
            rejected.add(choice.description() + ": " + result.summary());
        }
        throw new IOException("no kernel choice computes convolutions right on this machine: " + String.join("; ", rejected));
    }
}
