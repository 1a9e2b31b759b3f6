package org.neuralij.bench;

import org.neuralij.nn.engine.TorchEngine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import org.neuralij.model.Direction;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.model.TranslationModelFolder;
import org.neuralij.task.RunModelTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.neuralij.task.WholeImageInstanceNorm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Times Translate (CycleGAN)... A→B on a SIZE×SIZE fluorescence image (test-images/nuclei.tif enlarged), side by side with the
 * bare DJL forward pass of the same generator over the same plane in one piece: automatic tiling (one tile up to 1024 px,
 * where instance norm sees the whole image by itself) and tiles of {@value #FORCED_TILE} px (whole-image statistics gathered
 * layer by layer first, see WholeImageInstanceNorm). Prints seconds per megapixel and the ratio to the bare pass. Uses
 * models/cyclegan, or without it a generator of the recipe's size (width 16, 4 blocks) with random weights, which costs the
 * same. Arguments: size, repeats.
 */
public final class TranslateBenchmark {

    static final int FORCED_TILE = 512;

    public static void main(String[] args) throws Exception {
        TorchEngine.kernels(); // the kernels every NeuralIJ command uses, checked on this machine
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ImagePlus nuclei = IJ.openImage("test-images/nuclei.tif");
        nuclei.getProcessor().setInterpolationMethod(ImageProcessor.BILINEAR);
        ImagePlus input = new ImagePlus("nuclei", nuclei.getProcessor().resize(size, size));
        Path folder = Paths.get("models", "cyclegan");
        String model = "cyclegan";
        if (!Files.exists(folder.resolve("model.json"))) {
            folder = TranslationModelFolder.create(Files.createTempDirectory("translate-bench"), "random-cyclegan", 1, 1, 16, 4);
            model = "random-cyclegan (no models/cyclegan yet)";
        }
        System.out.printf(Locale.ROOT, "%-40s %-22s %10s %10s %9s %8s%n", "model", "tiling", "command_s", "bare_s", "s_per_MP", "ratio");
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(folder), "cpu", Direction.A_TO_B)) {
            for (TilingOptions tiling : new TilingOptions[] {TilingOptions.automatic(), TilingOptions.of(FORCED_TILE, 0)}) {
                RunModelTask task = new RunModelTask(network, tiling, TaskProgress.NONE).withInference(WholeImageInstanceNorm.of(network));
                SideBySide times = SideBySide.time(repeats, () -> bare(network, size), () -> task.run(input));
                String tiles = tiling.tile() == 0 ? "automatic" : "tile=" + tiling.tile() + " (statistics)";
                System.out.printf(Locale.ROOT, "%-40s %-22s %10.3f %10.3f %9.3f %8.3f%n", model, tiles, times.command(), times.bare(),
                        times.command() / (size * (double) size / 1e6), times.ratio());
            }
        }
        System.exit(0);
    }

    private static void bare(LoadedNetwork network, int size) {
        try (NDManager scope = network.manager().newSubManager()) {
            NDList input = new NDList(scope.randomUniform(-1, 1, new Shape(1, network.manifest().input().channels(), size, size)));
            network.block().forward(new ParameterStore(scope, false), input, false).head().toFloatArray();
        }
    }
}
