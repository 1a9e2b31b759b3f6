package org.neuralij.task;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelRegistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Super-Resolution... in the task layer, with small random sr-resnet models: sizes, types, calibration, tiling, refusals, progress, cancel. */
class SuperResolutionTest {

    @TempDir
    static Path models;
    private static SuperResolution command;

    @BeforeAll
    static void createModels() throws Exception {
        SuperResolutionModels.create(models, "sr-gray-2x", SuperResolution.TASK, 2, 1);
        SuperResolutionModels.create(models, "sr-gray-4x", SuperResolution.TASK, 4, 1);
        SuperResolutionModels.create(models, "sr-rgb-2x", SuperResolution.TASK, 2, 3);
        SuperResolutionModels.create(models, "not-sr", ModelKind.DENOISE, 2, 1);
        command = new SuperResolution(new ModelRegistry(List.of(models)));
    }

    private static ImageProcessor pattern(ImageProcessor ip) {
        for (int y = 0; y < ip.getHeight(); y++) {
            for (int x = 0; x < ip.getWidth(); x++) ip.putPixelValue(x, y, 100 + 80 * Math.sin(x / 3.0) * Math.cos(y / 5.0) + (x * 7 + y * 13) % 11);
        }
        return ip;
    }

    private static ImagePlus calibrated(ImagePlus imp) {
        Calibration calibration = imp.getCalibration();
        calibration.pixelWidth = 0.4;
        calibration.pixelHeight = 0.6;
        calibration.setUnit("µm");
        return imp;
    }

    @Test
    void tilesOfATwoTimesModelAgreeWithTheWholeImageTo1e4() throws Exception {
        ImageProcessor unitRange = pattern(new FloatProcessor(70, 53));
        unitRange.multiply(1 / 255.0);
        ImagePlus input = new ImagePlus("pattern", unitRange);
        ImagePlus whole = run(input, "sr-gray-2x", TilingOptions.of(256, 0));
        ImagePlus tiled = run(input, "sr-gray-2x", TilingOptions.of(24, 0));
        assertEquals(140, whole.getWidth());
        assertEquals(106, whole.getHeight());
        assertTrue(TorchScriptTilingTest.maxDifference(whole, tiled) < 1e-4f, "tiled differs by " + TorchScriptTilingTest.maxDifference(whole, tiled));
        ImagePlus bilinearOnly = new ImagePlus("bilinear", input.getProcessor().resize(140, 106));
        assertTrue(TorchScriptTilingTest.maxDifference(whole, bilinearOnly) > 0.01, "the random network computes more than interpolation");
    }

    @Test
    void grayImagesOfEveryBitDepthAreEnlargedWithTheirCalibrationDivided() throws Exception {
        for (ImageProcessor ip : new ImageProcessor[] {new ByteProcessor(30, 20), new ShortProcessor(30, 20), new FloatProcessor(30, 20)}) {
            ImagePlus input = calibrated(new ImagePlus("cells.tif", pattern(ip)));
            ImagePlus result = run(input, "sr-gray-4x", TilingOptions.automatic());
            assertEquals(120, result.getWidth());
            assertEquals(80, result.getHeight());
            assertEquals(input.getBitDepth(), result.getBitDepth());
            assertEquals(0.1, result.getCalibration().pixelWidth, 1e-12);
            assertEquals(0.15, result.getCalibration().pixelHeight, 1e-12);
            assertEquals("µm", result.getCalibration().getUnit());
            assertEquals("cells-sr-gray-4x", result.getTitle());
            assertEquals(0.4, input.getCalibration().pixelWidth, 1e-12, "input untouched");
            assertEquals(30, input.getWidth(), "input untouched");
        }
    }

    private static ImagePlus run(ImagePlus input, String model, TilingOptions tiling, TaskProgress progress) throws Exception {
        return command.run(input, model, tiling, "cpu", progress);
    }

    private static ImagePlus run(ImagePlus input, String model, TilingOptions tiling) throws Exception {
        return run(input, model, tiling, TaskProgress.NONE);
    }

    @Test
    void rgbImagesStayRgbThroughAGrayModelAndThroughAnRgbModel() throws Exception {
        ImagePlus input = new ImagePlus("photo", new ColorProcessor(pattern(new ByteProcessor(24, 18)).createImage()));
        for (String model : new String[] {"sr-gray-2x", "sr-rgb-2x"}) {
            ImagePlus result = run(input, model, TilingOptions.automatic());
            assertEquals(ImagePlus.COLOR_RGB, result.getType(), model);
            assertEquals(48, result.getWidth(), model);
            assertEquals(36, result.getHeight(), model);
        }
    }

    @Test
    void stacksAreEnlargedSliceBySliceWithOneProgressBarFromZeroToOne() throws Exception {
        ImageStack stack = new ImageStack(20, 16);
        for (int z = 0; z < 3; z++) {
            ImageProcessor slice = pattern(new ShortProcessor(20, 16));
            slice.add(1000 * z);
            stack.addSlice(slice);
        }
        RecordedProgress recording = new RecordedProgress();
        List<Double> fractions = recording.fractions;
        ImagePlus result = run(new ImagePlus("stack", stack), "sr-gray-2x", TilingOptions.automatic(), recording);
        assertEquals(3, result.getStackSize());
        assertEquals(40, result.getWidth());
        assertTrue(result.getStack().getProcessor(3).getStatistics().mean > result.getStack().getProcessor(1).getStatistics().mean + 1500,
                "each slice enlarged from its own pixels: " + result.getStack().getProcessor(1).getStatistics().mean + " " + result.getStack().getProcessor(2).getStatistics().mean + " " + result.getStack().getProcessor(3).getStatistics().mean);
        for (int i = 1; i < fractions.size(); i++) assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back: " + fractions);
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-9);
    }

    @Test
    void cancellingLeavesNoResult() {
        ImagePlus input = new ImagePlus("pattern", pattern(new FloatProcessor(64, 64)));
        assertThrows(TilingCancelledException.class, () -> run(input, "sr-gray-2x", TilingOptions.of(16, 0), () -> true));
    }

    @Test
    void aModelOfAnotherTaskIsRefusedNamingTheModelsThatFit() {
        ImagePlus input = new ImagePlus("gray", new ByteProcessor(16, 16));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> run(input, "not-sr", TilingOptions.automatic()));
        String message = error.getMessage();
        assertTrue(message.contains("'not-sr' is a denoise model, not a super-resolution model"), message);
        assertTrue(message.contains("Models that fit: sr-gray-2x, sr-gray-4x."), message);
    }

    @Test
    void anRgbModelOnAGrayStackIsRefusedNamingTheGrayModels() {
        ImageStack stack = new ImageStack(16, 16);
        stack.addSlice(new ShortProcessor(16, 16));
        stack.addSlice(new ShortProcessor(16, 16));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> run(new ImagePlus("stack16", stack), "sr-rgb-2x", TilingOptions.automatic()));
        String message = error.getMessage();
        assertTrue(message.contains("takes 3 channels (RGB), but 'stack16' has 1 channel (grayscale)"), message);
        assertTrue(message.contains("Models that fit: sr-gray-2x, sr-gray-4x."), message);
    }
}
