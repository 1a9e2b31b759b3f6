package org.neuralij.task;

import ij.ImagePlus;
import ij.process.FloatProcessor;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Runs a model over a 32-bit image of the given size in the JVM it is started in (tests start
 * it with -Xmx2g) and prints the figures the test and the benchmark read: the result's size,
 * whether it is finite, the peak heap and the input + output size.
 * Arguments: model folder, width, height.
 */
public final class LargeImageRun {

    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        float[] pixels = new float[width * height];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (i % width) * 0.01f + (i / width % 97);
        ImagePlus input = new ImagePlus("large", new FloatProcessor(width, height, pixels));
        long start = System.nanoTime();
        ImagePlus result;
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(Paths.get(args[0])), "cpu")) {
            result = new RunModelTask(network, TilingOptions.automatic(), TaskProgress.NONE).run(input);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        float[] output = (float[]) result.getProcessor().getPixels();
        boolean finite = true;
        for (float value : output) finite &= Float.isFinite(value);
        long imageBytes = 4L * pixels.length + 4L * output.length;
        System.out.printf(Locale.ROOT, "RESULT %dx%d bitDepth=%d finite=%b%n", result.getWidth(), result.getHeight(), result.getBitDepth(), finite);
        System.out.printf(Locale.ROOT, "PEAK_HEAP_BYTES=%d IMAGE_BYTES=%d SECONDS=%.1f%n", peakHeap(), imageBytes, seconds);
        System.exit(0);
    }

    /** The peak use of all heap pools since the JVM started, in bytes. */
    public static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
