package org.neuralij.task;

import ij.IJ;
import ij.ImagePlus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.Fixtures;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restore Image: which models it accepts, what it refuses and how it says so, stacks of every type, cancel. */
class RestoreImageTest {

    @TempDir
    Path models;
    private ModelRegistry registry;
    private RestoreImage restore;

    @BeforeEach
    void installModels() throws Exception {
        model("gray-restorer", "restore", 1);
        model("rgb-restorer", "restore", 3);
        model("cells-seg", "segment", 1);
        registry = new ModelRegistry(List.of(models));
        restore = new RestoreImage(registry);
    }

    /** The tiny TorchScript U-Net fixture under another name, task and channel count. */
    private void model(String name, String task, int channels) throws Exception {
        Path folder = Files.move(Fixtures.copy("tiny-unet", models.resolve(".copy-" + name)), models.resolve(name));
        Path manifest = folder.resolve(ModelManifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replace("\"tiny-unet\"", "\"" + name + "\"").replace("\"task\": \"run\"", "\"task\": \"" + task + "\"")
                .replace("\"channels\": 1", "\"channels\": " + channels));
    }

    @Test
    void aSegmentationModelIsRefusedNamingTheModelsThatFit() {
        ImagePlus image = IJ.createImage("photo", "8-bit ramp", 40, 30, 1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> restore.run(image, "cells-seg", TilingOptions.automatic(), "cpu", TaskProgress.NONE));
        assertEquals("'cells-seg' is a segment model, not a denoise or restore model. Models that fit: gray-restorer.", refused.getMessage(),
                "an RGB model does not fit a gray image");
    }

    @Test
    void anRgbModelOnA16BitStackIsRefusedNamingTheGrayModel() {
        ImagePlus stack = IJ.createImage("stack", "16-bit ramp", 40, 30, 3);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> restore.run(stack, "rgb-restorer", TilingOptions.automatic(), "cpu", TaskProgress.NONE));
        assertEquals("'rgb-restorer' takes 3 channels (RGB), but 'stack' has 1 channel (grayscale). Models that fit: gray-restorer.",
                refused.getMessage());
    }

    @Test
    void theDialogOffersOnlyTheModelsThatFitTheImage() {
        assertEquals(List.of("gray-restorer"), RestoreImage.REQUIREMENT.fitting(registry, IJ.createImage("gray", "32-bit ramp", 40, 30, 1)));
        assertEquals(List.of("gray-restorer", "rgb-restorer"), RestoreImage.REQUIREMENT.fitting(registry, IJ.createImage("rgb", "RGB ramp", 40, 30, 1)));
    }

    @Test
    void everyTypeOfStackIsRestoredSliceBySliceWithOneProgressBarAndTheInputKept() throws Exception {
        String[] types = {"8-bit", "16-bit", "32-bit", "RGB"};
        int[] depths = {8, 16, 32, 24};
        for (int i = 0; i < types.length; i++) {
            ImagePlus stack = IJ.createImage("in", types[i] + " ramp", 40, 30, 3);
            Object before = stack.getStack().getProcessor(2).duplicate().getPixels();
            RecordedProgress recorded = new RecordedProgress();
            List<Double> fractions = recorded.fractions;
            ImagePlus result = restore.run(stack, "gray-restorer", TilingOptions.of(32, 0), "cpu", recorded);
            assertEquals("in-gray-restorer", result.getTitle());
            assertEquals(depths[i], result.getBitDepth(), types[i]);
            assertEquals(40, result.getWidth());
            assertEquals(30, result.getHeight());
            assertEquals(3, result.getStackSize(), types[i]);
            for (int f = 1; f < fractions.size(); f++) assertTrue(fractions.get(f) >= fractions.get(f - 1), "one bar that never goes back: " + fractions);
            assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-9);
            assertTrue(fractions.size() > 3 * (types[i].equals("RGB") ? 3 : 1), "progress within the stack: " + fractions);
            assertPixelsEqual(before, stack.getStack().getProcessor(2).getPixels());
        }
    }

    @Test
    void aCancelLeavesNoResult() {
        ImagePlus stack = IJ.createImage("in", "8-bit ramp", 40, 30, 2);
        assertThrows(TilingCancelledException.class, () -> restore.run(stack, "gray-restorer", TilingOptions.automatic(), "cpu", () -> true));
    }

    private static void assertPixelsEqual(Object expected, Object actual) {
        if (expected instanceof byte[] b) assertArrayEquals(b, (byte[]) actual);
        else if (expected instanceof short[] s) assertArrayEquals(s, (short[]) actual);
        else if (expected instanceof float[] f) assertArrayEquals(f, (float[]) actual);
        else assertArrayEquals((int[]) expected, (int[]) actual);
    }
}
