package org.neuralij.bench;

import org.neuralij.nn.engine.TorchEngine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.FastStyle;
import org.neuralij.task.ModelTask;
import org.neuralij.task.StyleOptimization;
import org.neuralij.task.StyleSettings;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * Style Transfer on the CPU: method=fast with the bundled style-default on a SIZE×SIZE RGB photo —
 * seconds per megapixel and the ratio to the bare forward pass of the same network over the same
 * pixels in one piece (target ≤ 1.15) — and method=optimize at 512×512 (content and style),
 * iterations per second with L-BFGS (which may evaluate the loss more than once per iteration) and
 * with Adam, random-filter feature network. Arguments: size (1024), repeats (3), optimize iterations (10).
 */
public final class StyleBenchmark {

    private StyleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TorchEngine.kernels(); // the kernels every NeuralIJ command uses, checked on this machine
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        fast(photo("chelsea.png", size), repeats);
        optimize(photo("coffee.png", 512), photo("gravel.png", 512), iterations, repeats);
        System.exit(0);
    }

    private static void fast(ImagePlus input, int repeats) throws Exception {
        Path folder = Paths.get("models", FastStyle.DEFAULT_MODEL);
        if (!Files.exists(folder.resolve("model.json"))) {
            System.out.println("fast: models/" + FastStyle.DEFAULT_MODEL + " does not exist: run org.neuralij.recipes.TrainStyleDefault first");
            return;
        }
        ModelTask<ImagePlus> task = ModelTask.instanceNormImage(FastStyle.REQUIREMENT, TilingOptions.automatic(), TaskProgress.NONE);
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(folder), "cpu")) {
            task.apply(network, input);
            double[] command = new double[repeats];
            double[] bare = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                bare(network, input.getWidth(), input.getHeight());
                bare[r] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                task.apply(network, input);
                command[r] = (System.nanoTime() - start) / 1e9;
            }
            double megapixels = input.getWidth() * (double) input.getHeight() / 1e6;
            System.out.printf(Locale.ROOT, "fast, style-default, %dx%d RGB: %.3f s (%.3f s/MP), bare forward %.3f s, ratio %.3f (target <= 1.15)%n",
                    input.getWidth(), input.getHeight(), Median.of(command), Median.of(command) / megapixels, Median.of(bare), Median.of(command) / Median.of(bare));
        }
    }

    private static void bare(LoadedNetwork network, int width, int height) {
        try (NDManager scope = network.manager().newSubManager()) {
            NDList input = new NDList(scope.randomUniform(0, 255, new Shape(1, 3, height, width)));
            network.block().forward(new ParameterStore(scope, false), input, false).head().toFloatArray();
        }
    }

    private static void optimize(ImagePlus content, ImagePlus style, int iterations, int repeats) throws Exception {
        StyleOptimization optimization = new StyleOptimization(new ModelRegistry(List.of()));
        for (String optimizer : List.of(StyleSettings.LBFGS, StyleSettings.ADAM)) {
            StyleSettings settings = StyleSettings.defaults().withSize(512).withOptimizer(optimizer);
            optimization.run(content, style, settings.withIterations(1), "cpu", TaskProgress.NONE, StyleOptimization.Preview.NONE);
            double[] seconds = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                optimization.run(content, style, settings.withIterations(iterations), "cpu", TaskProgress.NONE, StyleOptimization.Preview.NONE);
                seconds[r] = (System.nanoTime() - start) / 1e9;
            }
            System.out.printf(Locale.ROOT, "optimize, %s, 512x512, random-filter features: %d iterations in %.2f s = %.2f iterations/s%n",
                    optimizer, iterations, Median.of(seconds), iterations / Median.of(seconds));
        }
    }

    private static ImagePlus photo(String name, int size) {
        ImagePlus image = IJ.openImage("test-images/" + name);
        ImageProcessor ip = image.getProcessor();
        ip.setInterpolationMethod(ImageProcessor.BILINEAR);
        return new ImagePlus(name.substring(0, name.indexOf('.')), ip.resize(size, size, true));
    }
}
