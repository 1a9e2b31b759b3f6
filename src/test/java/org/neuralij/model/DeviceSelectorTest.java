package org.neuralij.model;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceSelectorTest {

    private final DeviceSelector noGpu = new DeviceSelector(() -> 0);
    private final DeviceSelector twoGpus = new DeviceSelector(() -> 2);

    @Test
    void automaticChoosesTheFirstGpuWhereThereIsOneAndTheCpuOtherwise() {
        assertEquals(Device.cpu(), noGpu.select("auto").device());
        assertEquals("", noGpu.select("auto").message());
        assertEquals(Device.gpu(0), twoGpus.select("auto").device());
        assertEquals(Device.cpu(), noGpu.select(null).device());
        assertEquals(Device.cpu(), twoGpus.select(" CPU ").device());
    }

    @Test
    void askingForAGpuWithoutOneFallsBackToTheCpuAndSaysSo() {
        DeviceChoice choice = noGpu.select("gpu");
        assertEquals(Device.cpu(), choice.device());
        assertTrue(choice.message().contains("No usable GPU") && choice.message().contains("CPU"), choice.message());
    }

    @Test
    void aNumberedGpuIsUsedWhenItExistsAndReplacedByTheFirstWhenNot() {
        assertEquals(Device.gpu(1), twoGpus.select("gpu1").device());
        DeviceChoice missing = twoGpus.select("gpu5");
        assertEquals(Device.gpu(0), missing.device());
        assertTrue(missing.message().contains("GPU 5 does not exist"), missing.message());
    }

    @Test
    void anUnknownDeviceIsRefusedNamingTheChoices() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> noGpu.select("tpu"));
        assertTrue(failure.getMessage().contains("use auto, cpu or gpu"), failure.getMessage());
    }

    @Test
    void theRealEngineOnThisMachineRunsOnTheCpuWhenAGpuIsRequested() {
        DeviceChoice choice = DeviceSelector.forEngine(org.neuralij.nn.engine.TorchEngine.get()).select("gpu");
        if (org.neuralij.nn.engine.TorchEngine.get().getGpuCount() == 0) {
            assertEquals(Device.cpu(), choice.device());
        } else {
            assertEquals(Device.gpu(0), choice.device());
        }
    }
}
