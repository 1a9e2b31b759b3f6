package org.neuralij.nn.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The choice of CPU kernels: the fastest that passes, remembered per machine, and nothing hidden when none passes. */
class KernelSelectionTest {

    @TempDir
    Path temp;

    /** A machine on which the given choices compute wrong; records which choices were checked. */
    private static final class FakeMachine implements KernelSelection.Probe {
        final Set<KernelChoice> wrong;
        final List<KernelChoice> probed = new ArrayList<>();

        FakeMachine(Set<KernelChoice> wrong) {
            this.wrong = wrong;
        }

        @Override
        public ConvolutionCheck.Result probe(KernelChoice choice) {
            probed.add(choice);
            return wrong.contains(choice) ? new ConvolutionCheck.Result(false, "3 of 15 convolutions wrong") : new ConvolutionCheck.Result(true, "all right");
        }
    }

    @Test
    void aHealthyMachineKeepsTheFastestKernelsAfterOneCheck() throws IOException {
        FakeMachine machine = new FakeMachine(Set.of());
        KernelSelection.Verdict verdict = new KernelSelection(machine, new VerdictFolder(temp)).select("abc");
        assertEquals(KernelChoice.DEFAULT, verdict.choice());
        assertEquals(List.of(KernelChoice.DEFAULT), machine.probed);
    }

    @Test
    void theFastestChoiceThatComputesRightIsTakenAndRememberedForThisMachine() throws IOException {
        FakeMachine machine = new FakeMachine(Set.of(KernelChoice.DEFAULT, KernelChoice.AVX2));
        VerdictFolder folder = new VerdictFolder(temp);
        KernelSelection.Verdict verdict = new KernelSelection(machine, folder).select("machine-1");
        assertEquals(KernelChoice.SSE41, verdict.choice());
        assertEquals(2, verdict.rejected().size());
        assertTrue(verdict.explanation().contains("3 of 15 convolutions wrong"), verdict.explanation());
        assertTrue(Files.exists(folder.fileOf("machine-1")));

        FakeMachine again = new FakeMachine(Set.of());
        assertEquals(KernelChoice.SSE41, new KernelSelection(again, folder).select("machine-1").choice(), "remembered, not checked again");
        assertTrue(again.probed.isEmpty());
        assertEquals(KernelChoice.DEFAULT, new KernelSelection(again, folder).select("machine-2").choice(), "another machine is checked");
    }

    @Test
    void whenNoChoiceComputesRightTheSelectionFailsSayingWhy() {
        FakeMachine broken = new FakeMachine(Set.of(KernelChoice.values()));
        IOException failure = assertThrows(IOException.class, () -> new KernelSelection(broken, new VerdictFolder(temp)).select("x"));
        assertTrue(failure.getMessage().contains("no kernel choice computes convolutions right"), failure.getMessage());
        assertEquals(List.of(KernelChoice.values()), broken.probed);
    }

    @Test
    void anUnreadableVerdictIsCheckedAgain() throws IOException {
        VerdictFolder folder = new VerdictFolder(temp);
        Files.writeString(folder.fileOf("m"), "choice=turbo\n");
        FakeMachine machine = new FakeMachine(Set.of(KernelChoice.DEFAULT));
        assertEquals(KernelChoice.AVX2, new KernelSelection(machine, folder).select("m").choice());
        assertEquals(KernelChoice.AVX2, folder.recall("m").orElseThrow().choice());
    }

    @Test
    void choicesParseFromTheirKeysAndAnUnknownOneSaysWhatIsKnown() {
        assertEquals(KernelChoice.SSE41, KernelChoice.parse(" SSE41 "));
        assertEquals("SSE41", KernelChoice.SSE41.isaCap().orElseThrow());
        assertTrue(KernelChoice.NATIVE.isaCap().isEmpty());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> KernelChoice.parse("avx512"));
        assertTrue(unknown.getMessage().contains("auto, default, avx2, sse41 or native"), unknown.getMessage());
    }
}
