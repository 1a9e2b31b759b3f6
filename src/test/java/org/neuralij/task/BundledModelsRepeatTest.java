package org.neuralij.task;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.OvalRoi;
import ij.process.ImageProcessor;
import ij.process.ImageStatistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundled model, run ten times on the same image in one JVM with a forced garbage collection between runs,
 * gives the same bits every time, and never an empty result. Inference that read freed or unwritten native memory
 * (or a CPU kernel that computes wrong) shows up here as a run that differs or a result of zeros.
 */
@Tag("slow")
class BundledModelsRepeatTest {

    private static final int RUNS = 10;
    private static final Path MODELS = Paths.get(System.getProperty("neuralij.project.dir", "."), "models");
    private static final Path IMAGES = Paths.get(System.getProperty("neuralij.project.dir", "."), "test-images");
    private static final TilingOptions TILING = TilingOptions.automatic();

    @ParameterizedTest
    @ValueSource(strings = {"denoise-gray", "restore", "denoise-fluo", "sr-2x", "sr-4x", "colorize", "segment-nuclei", "inpaint", "cyclegan", "style-default"})
    void tenRunsGiveTheSameBitsAndNeverAnEmptyResult(String model) throws Exception {
        ImagePlus input = inputFor(model);
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(MODELS.resolve(model)), "cpu")) {
            Function<ImagePlus, ImagePlus> command = commandFor(model, network);
            float[][] first = null;
            for (int run = 0; run < RUNS; run++) {
                System.gc();
                ImagePlus result = command.apply(copy(input));
                assertNotEmpty(model, input, result);
                float[][] pixels = planes(result);
                if (first == null) first = pixels;
                else for (int plane = 0; plane < first.length; plane++) assertArrayEquals(first[plane], pixels[plane], model + ": run " + (run + 1) + " differs from run 1");
            }
        }
    }

    private static ImagePlus inputFor(String model) {
        return switch (model) {
            case "segment-nuclei", "cyclegan" -> crop(IJ.openImage(IMAGES.resolve("nuclei.tif").toString()), 160);
            case "colorize" -> {
                ImagePlus gray = crop(IJ.openImage(IMAGES.resolve("chelsea.png").toString()), 160);
                yield new ImagePlus("gray", gray.getProcessor().convertToByte(true));
            }
            case "style-default" -> crop(IJ.openImage(IMAGES.resolve("chelsea.png").toString()), 160);
            case "inpaint" -> {
                ImagePlus camera = crop(IJ.openImage(IMAGES.resolve("camera.png").toString()), 160);
                camera.setRoi(new OvalRoi(50, 40, 44, 70));
                yield camera;
            }
            default -> crop(IJ.openImage(IMAGES.resolve("camera.png").toString()), 160);
        };
    }

    private static Function<ImagePlus, ImagePlus> commandFor(String model, LoadedNetwork network) {
        return switch (model) {
            case "colorize" -> image -> new ColorizeTask(TILING, TaskProgress.NONE).apply(network, image);
            case "segment-nuclei" -> image -> Segment.run(image, network.manifest(), network, SegmentOutput.PROBABILITIES, TILING, TaskProgress.NONE).image();
            case "inpaint" -> image -> new InpaintTask(network, TILING, TaskProgress.NONE).run(image, HoleMask.fromSelection(image));
            case "cyclegan", "style-default" -> image -> ModelTask.instanceNormImage(ModelRequirement.tasks(network.manifest().task()), TILING, TaskProgress.NONE)
                    .apply(network, image);
            default -> image -> new RunModelTask(network, TILING, TaskProgress.NONE).run(image);
        };
    }

    private static void assertNotEmpty(String model, ImagePlus input, ImagePlus result) {
        for (float[] plane : planes(result)) {
            for (float v : plane) assertTrue(Float.isFinite(v), model + ": a non-finite pixel");
        }
        ImageStatistics whole = result.getStatistics();
        assertTrue(whole.stdDev > 0, model + ": a constant result (" + whole.mean + ")");
        if (model.equals("inpaint")) {
            result.setRoi(input.getRoi());
            ImageStatistics hole = result.getStatistics();
            assertTrue(hole.mean > 20 && hole.stdDev > 0, model + ": the filled hole is empty (mean " + hole.mean + ", sd " + hole.stdDev + ")");
        }
    }

    private static float[][] planes(ImagePlus image) {
        ImageStack stack = image.getStack();
        int components = image.getBitDepth() == 24 ? 3 : 1;
        float[][] planes = new float[stack.getSize() * components][];
        for (int slice = 1; slice <= stack.getSize(); slice++) {
            ImageProcessor ip = stack.getProcessor(slice);
            for (int c = 0; c < components; c++) planes[(slice - 1) * components + c] = Arrays.copyOf((float[]) ip.toFloat(c, null).getPixels(), ip.getPixelCount());
        }
        return planes;
    }

    /** The same pixels and selection in a new image, for each run (the input must never change). */
    private static ImagePlus copy(ImagePlus input) {
        ImagePlus copy = new ImagePlus(input.getTitle(), input.getStack().duplicate());
        if (input.getRoi() != null) copy.setRoi((ij.gui.Roi) input.getRoi().clone());
        return copy;
    }

    private static ImagePlus crop(ImagePlus image, int side) {
        image.setRoi(0, 0, Math.min(side, image.getWidth()), Math.min(side, image.getHeight()));
        ImagePlus cropped = image.crop();
        cropped.setTitle(image.getTitle());
        return cropped;
    }
}
