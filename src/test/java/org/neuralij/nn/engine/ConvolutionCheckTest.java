package org.neuralij.nn.engine;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The convolution check itself: it passes on the kernels this process was given, and it sees wrong values. */
class ConvolutionCheckTest {

    @Test
    void theKernelsThisProcessUsesComputeEveryCheckedConvolutionRight() {
        KernelSetup setup = TorchEngine.kernels();
        try (NDManager manager = TorchEngine.newManager(Device.cpu())) {
            ConvolutionCheck.Result result = ConvolutionCheck.run(manager);
            assertTrue(result.passed(), setup + ": " + result.summary());
        }
    }

    @Test
    void aValueOffByMoreThanTheToleranceOrNotFiniteIsWrong() {
        double[] exact = {1, -2, 4};
        assertNull(ConvolutionCheck.compare("output", new double[] {1, -2, 4.0001}, exact));
        assertEquals("output off by 0.025 of its largest value", ConvolutionCheck.compare("output", new double[] {1, -1.9, 4}, exact));
        assertEquals("input gradient has non-finite values", ConvolutionCheck.compare("input gradient", new double[] {1, Double.NaN, 4}, exact));
    }

    @Test
    @Tag("slow")
    void aChildProcessChecksOneChoiceAndTheClassPathItGetsHoldsTheEngine() throws IOException {
        assertTrue(ChildProcessProbe.classPath().stream().anyMatch(entry -> entry.contains("pytorch-engine")), ChildProcessProbe.classPath().toString());
        ConvolutionCheck.Result sse = new ChildProcessProbe().probe(KernelChoice.SSE41);
        assertNotNull(sse.summary());
        assertTrue(sse.passed(), "oneDNN's SSE4.1 kernels: " + sse.summary());
    }

    @Test
    void theMachineSignatureNamesTheCpuAndChangesWithLibtorch() {
        assertEquals(MachineSignature.of("2.7.1"), MachineSignature.of("2.7.1"));
        assertTrue(!MachineSignature.of("2.7.1").equals(MachineSignature.of("2.8.0")));
        if (Files.isReadable(Path.of("/proc/cpuinfo"))) assertTrue(MachineSignature.cpuDescription().contains("flags"), MachineSignature.cpuDescription());
    }
}
