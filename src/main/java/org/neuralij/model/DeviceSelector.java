package org.neuralij.model;

import ai.djl.Device;
import ai.djl.engine.Engine;

import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Turns the {@code device=} key (auto, cpu, gpu, gpu0, gpu1, …) into a DJL device. A GPU is
 * used only where the engine sees one; asking for a GPU on a machine without a usable one
 * falls back to the CPU with a message rather than failing.
 */
public final class DeviceSelector {

    private final IntSupplier gpuCount;

    public DeviceSelector(IntSupplier gpuCount) {
        this.gpuCount = gpuCount;
    }

    public static DeviceSelector forEngine(Engine engine) {
        return new DeviceSelector(engine::getGpuCount);
    }

    public DeviceChoice select(String requested) {
        String key = requested == null || requested.isBlank() ? "auto" : requested.trim().toLowerCase(Locale.ROOT);
        int gpus = gpuCount.getAsInt();
        switch (key) {
            case "auto":
                return gpus > 0 ? new DeviceChoice(Device.gpu(0), "") : new DeviceChoice(Device.cpu(), "");
            case "cpu":
                return new DeviceChoice(Device.cpu(), "");
            default:
                return selectGpu(key, gpus);
        }
    }

    private static DeviceChoice selectGpu(String key, int gpus) {
        if (!key.matches("gpu\\d*")) {
            throw new IllegalArgumentException("device=" + key + " is not known: use auto, cpu or gpu (gpu0, gpu1, … for one of several GPUs).");
        }
        int index = key.length() > 3 ? Integer.parseInt(key.substring(3)) : 0;
        if (gpus == 0) {
            return new DeviceChoice(Device.cpu(), "No usable GPU was found (PyTorch sees none: no CUDA device or no CUDA build of the natives); running on the CPU.");
        }
        if (index >= gpus) {
            return new DeviceChoice(Device.gpu(0), "GPU " + index + " does not exist (" + gpus + " found); running on GPU 0.");
        }
        return new DeviceChoice(Device.gpu(index), "");
    }
}
