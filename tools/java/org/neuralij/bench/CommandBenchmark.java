package org.neuralij.bench;

import org.neuralij.nn.engine.TorchEngine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ij.IJ;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.process.ImageProcessor;
import org.neuralij.image.tiling.AxisTiling;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.ColorizeTask;
import org.neuralij.task.HoleMask;
import org.neuralij.task.InpaintTask;
import org.neuralij.task.ModelTask;
import org.neuralij.task.RestoreImage;
import org.neuralij.task.Segment;
import org.neuralij.task.SegmentOutput;
import org.neuralij.task.SuperResolution;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Times each command of issue 4 with its bundled model on a SIZE×SIZE image, side by side with the
 * bare DJL forward pass of the same network over the same pixels in one piece (per channel where the
 * command runs a 1-channel model on each channel), and prints seconds per megapixel of input and the
 * ratio. The model is loaded once per command and its load time printed apart. Arguments: size, repeats.
 */
public final class CommandBenchmark {

    /** One command: its bundled model, the image it runs on, how it applies the loaded model, and the pixels the bare forward pass sees. */
    private record Case(String command, String model, ImagePlus input, BiConsumer<LoadedNetwork, ImagePlus> apply, int bareWidth, int bareHeight,
                        int bareRepeats) {
    }

    public static void main(String[] args) throws Exception {
        TorchEngine.kernels(); // the kernels every NeuralIJ command uses, checked on this machine
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        TilingOptions tiling = TilingOptions.automatic();
        ImagePlus gray = grayPhoto(size);
        ImagePlus rgb = rgbPhoto(size);
        ImagePlus nuclei = IJ.openImage("test-images/nuclei.tif");
        nuclei.getProcessor().setInterpolationMethod(ImageProcessor.BILINEAR);
        nuclei = new ImagePlus("nuclei", nuclei.getProcessor().resize(size, size));
        int hole = size / 8;
        ImagePlus withHole = gray.duplicate();
        withHole.setRoi(new Roi((size - hole) / 2, (size - hole) / 2, hole, hole));
        HoleMask mask = HoleMask.fromSelection(withHole);
        List<Case> cases = List.of(
                new Case("Super-Resolution", "sr-2x", gray, image(ModelTask.image(SuperResolution.REQUIREMENT, tiling, TaskProgress.NONE)), size, size, 1),
                new Case("Super-Resolution", "sr-4x", gray, image(ModelTask.image(SuperResolution.REQUIREMENT, tiling, TaskProgress.NONE)), size, size, 1),
                new Case("Restore Image", "restore", gray, image(ModelTask.image(RestoreImage.REQUIREMENT, tiling, TaskProgress.NONE)), size, size, 1),
                new Case("Restore Image (RGB)", "restore", rgb, image(ModelTask.image(RestoreImage.REQUIREMENT, tiling, TaskProgress.NONE)), size, size, 3),
                new Case("Restore Image", "denoise-fluo", gray, image(ModelTask.image(RestoreImage.REQUIREMENT, tiling, TaskProgress.NONE)), size, size, 1),
                new Case("Colorize", "colorize", gray, image(new ColorizeTask(tiling, TaskProgress.NONE)), size, size, 1),
                new Case("Segment (labels)", "segment-nuclei", nuclei,
                        (network, input) -> Segment.run(input, network.manifest(), network, SegmentOutput.LABELS, tiling, TaskProgress.NONE), size, size, 1),
                new Case("Inpaint (" + hole + "x" + hole + " hole)", "inpaint", withHole,
                        (network, input) -> new InpaintTask(network, tiling, TaskProgress.NONE).run(input, mask),
                        hole + 2 * inpaintMargin("inpaint"), hole + 2 * inpaintMargin("inpaint"), 1));
        System.out.printf(Locale.ROOT, "%-26s %-15s %8s %10s %10s %9s %8s%n", "command", "model", "load_s", "command_s", "bare_s", "s_per_MP", "ratio");
        for (Case c : cases) {
            Path folder = Paths.get("models", c.model());
            if (!Files.exists(folder.resolve("model.json"))) {
                System.out.printf(Locale.ROOT, "%-26s %-15s not in models/: run its recipe first%n", c.command(), c.model());
                continue;
            }
            long loadStart = System.nanoTime();
            try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(folder), "cpu")) {
                double load = (System.nanoTime() - loadStart) / 1e9;
                SideBySide times = SideBySide.time(repeats, () -> bare(network, c), () -> c.apply().accept(network, c.input()));
                double megapixels = c.input().getWidth() * (double) c.input().getHeight() / 1e6;
                System.out.printf(Locale.ROOT, "%-26s %-15s %8.2f %10.3f %10.3f %9.3f %8.3f%n", c.command(), c.model(), load, times.command(), times.bare(),
                        times.command() / megapixels, times.ratio());
            }
        }
        System.exit(0);
    }

    private static BiConsumer<LoadedNetwork, ImagePlus> image(ModelTask<ImagePlus> task) {
        return task::apply;
    }

    /** The network's forward pass over a plane of the case's size (rounded up to the network's size multiple) in one piece, as many times as the command runs it per plane. */
    private static void bare(LoadedNetwork network, Case c) {
        int channels = network.manifest().input().channels();
        int multiple = network.manifest().input().sizeMultiple();
        Shape shape = new Shape(1, channels, AxisTiling.roundUp(c.bareHeight(), multiple), AxisTiling.roundUp(c.bareWidth(), multiple));
        for (int r = 0; r < c.bareRepeats(); r++) {
            try (NDManager scope = network.manager().newSubManager()) {
                NDList input = new NDList(scope.randomUniform(0, 1, shape));
                network.block().forward(new ParameterStore(scope, false), input, false).head().toFloatArray();
            }
        }
    }

    private static int inpaintMargin(String model) throws Exception {
        Path folder = Paths.get("models", model);
        return Files.exists(folder.resolve("model.json")) ? ModelPackage.open(folder).manifest().input().halo() : 0;
    }

    private static ImagePlus grayPhoto(int size) {
        ImagePlus camera = IJ.openImage("test-images/camera.png");
        camera.getProcessor().setInterpolationMethod(ImageProcessor.BILINEAR);
        return new ImagePlus("camera", camera.getProcessor().convertToByte(false).resize(size, size));
    }

    private static ImagePlus rgbPhoto(int size) {
        ImagePlus chelsea = IJ.openImage("test-images/chelsea.png");
        chelsea.getProcessor().setInterpolationMethod(ImageProcessor.BILINEAR);
        return new ImagePlus("chelsea", chelsea.getProcessor().resize(size, size));
    }
}
