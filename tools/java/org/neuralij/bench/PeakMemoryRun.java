package org.neuralij.bench;

import org.neuralij.nn.engine.TorchEngine;
import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RestoreImage;
import org.neuralij.task.SuperResolution;
import org.neuralij.task.LargeImageRun;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * Runs Restore Image or Super-Resolution (as the model's task says) end to end — loading included —
 * on a SIZE×SIZE RGB photograph in the JVM it is started in, and prints the peak Java heap, the
 * process's peak resident memory (heap + libtorch) and the input + output image size.
 * Arguments: model name, size.
 */
public final class PeakMemoryRun {

    public static void main(String[] args) throws Exception {
        TorchEngine.kernels(); // the kernels every NeuralIJ command uses, checked on this machine
        String model = args[0];
        int size = Integer.parseInt(args[1]);
        ImagePlus photo = IJ.openImage("test-images/chelsea.png");
        photo.getProcessor().setInterpolationMethod(ImageProcessor.BILINEAR);
        ImagePlus input = new ImagePlus("chelsea", photo.getProcessor().resize(size, size));
        ModelRegistry registry = new ModelRegistry(List.of(Paths.get("models")));
        boolean enlarges = SuperResolution.TASK.equals(registry.find(model).manifest().task());
        long start = System.nanoTime();
        ImagePlus result = enlarges
                ? new SuperResolution(registry).run(input, model, TilingOptions.automatic(), "cpu", TaskProgress.NONE)
                : new RestoreImage(registry).run(input, model, TilingOptions.automatic(), "cpu", TaskProgress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        long imageBytes = 4L * input.getWidth() * input.getHeight() + 4L * result.getWidth() * result.getHeight();
        System.out.printf(Locale.ROOT, "%s on %dx%d RGB -> %dx%d %s: %.1f s, peak heap %.0f MB, peak resident %.0f MB, input + output %.0f MB%n",
                model, size, size, result.getWidth(), result.getHeight(), result.getBitDepth() == 24 ? "RGB" : result.getBitDepth() + "-bit",
                seconds, LargeImageRun.peakHeap() / 1e6, peakResident() / 1e6, imageBytes / 1e6);
        System.exit(0);
    }

    /** VmHWM of /proc/self/status (Linux), in bytes; -1 elsewhere. */
    private static long peakResident() throws Exception {
        Path status = Paths.get("/proc/self/status");
        if (!Files.exists(status)) return -1;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) return 1024L * Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        return -1;
    }
}
