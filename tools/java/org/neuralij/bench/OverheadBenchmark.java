package org.neuralij.bench;

import org.neuralij.nn.engine.TorchEngine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ij.ImagePlus;
import ij.process.FloatProcessor;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.RunModelTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Paths;
import java.util.Locale;
import java.util.Random;

/**
 * Times, side by side in one JVM, Run Model end to end on a SIZE×SIZE 32-bit image
 * (normalisation, tiling, blending, conversion back to an ImagePlus) and the bare DJL
 * forward pass of the same network over the same pixels in one piece, and prints medians
 * and their ratio. Arguments: model folder, size, repeats.
 */
public final class OverheadBenchmark {

    public static void main(String[] args) throws Exception {
        TorchEngine.kernels(); // the kernels every NeuralIJ command uses, checked on this machine
        int size = Integer.parseInt(args[1]);
        int repeats = Integer.parseInt(args[2]);
        float[] pixels = new float[size * size];
        Random random = new Random(5);
        for (int i = 0; i < pixels.length; i++) pixels[i] = (float) (100 + 50 * Math.sin(i % size / 9.0) + 10 * random.nextGaussian());
        ImagePlus image = new ImagePlus("bench", new FloatProcessor(size, size, pixels));
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(Paths.get(args[0])), "cpu")) {
            RunModelTask task = new RunModelTask(network, TilingOptions.automatic(), TaskProgress.NONE);
            bare(network, pixels, size);
            task.run(image);
            double[] plugin = new double[repeats];
            double[] bare = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                bare(network, pixels, size);
                bare[r] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                task.run(image);
                plugin[r] = (System.nanoTime() - start) / 1e9;
            }
            double pluginMedian = Median.of(plugin);
            double bareMedian = Median.of(bare);
            System.out.printf(Locale.ROOT, "run_model_seconds=%.4f bare_forward_seconds=%.4f overhead_ratio=%.3f%n", pluginMedian, bareMedian, pluginMedian / bareMedian);
        }
        System.exit(0);
    }

    private static void bare(LoadedNetwork network, float[] pixels, int size) {
        try (NDManager scope = network.manager().newSubManager()) {
            NDArray x = scope.create(pixels, new Shape(1, 1, size, size));
            network.block().forward(new ParameterStore(scope, false), new NDList(x), false).head().toFloatArray();
        }
    }
}
