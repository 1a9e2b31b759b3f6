package org.neuralij.task;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Line;
import ij.gui.OvalRoi;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import org.junit.jupiter.api.Test;
import org.neuralij.image.tiling.FunctionNetwork;
import org.neuralij.image.tiling.TileNetwork;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.OutputKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InpaintTaskTest {

    /** Added by the stand-in network inside the hole (raw units: the manifest normalises with "none"). */
    private static final float SHIFT = 3;

    static ModelManifest manifest(ModelKind task, int imageChannels, int halo) {
        return new ModelManifest(1, "stand-in-inpaint", task, "1.0.0", null,
                new ModelManifest.Architecture("torchscript", null, null), new ModelManifest.Weights("w.pt", "0".repeat(64)),
                new ModelManifest.InputSpec(imageChannels + 1, "CYX", ModelManifest.NormalizationSpec.none(), 1, 1, halo),
                new ModelManifest.OutputSpec(imageChannels, 1, OutputKind.IMAGE), ModelManifest.Provenance.empty());
    }

    /** Gives back its image channel, plus SHIFT times the mask channel: the hole comes back as its blanking plus SHIFT. */
    static TileNetwork blankingPlusMask(List<float[]> seen) {
        return new FunctionNetwork(1, 1, (input, channels, height, width) -> {
            int plane = height * width;
            if (seen != null) seen.add(input.clone());
            float[] out = new float[plane];
            for (int i = 0; i < plane; i++) out[i] = input[i] + SHIFT * input[plane + i];
            return out;
        });
    }

    private static ImagePlus fill(ImagePlus input, HoleMask hole, TilingOptions tiling) {
        return new InpaintTask(manifest(ModelKind.INPAINT, 1, 4), blankingPlusMask(null), tiling, TaskProgress.NONE).run(input, hole);
    }

    /** Random pixels, except a gentle ramp (2x + y + 10) in the middle where the hole goes. */
    private static ImageProcessor picture(String type, int width, int height, long seed) {
        Random random = new Random(seed);
        ImageProcessor ip = switch (type) {
            case "8-bit" -> new ByteProcessor(width, height);
            case "16-bit" -> new ShortProcessor(width, height);
            case "32-bit" -> new FloatProcessor(width, height);
            default -> new ColorProcessor(width, height);
        };
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean middle = x >= 20 && x < 60 && y >= 15 && y < 55;
                int value = middle ? 10 + x + y : random.nextInt(200);
                if (ip instanceof ColorProcessor) ip.set(x, y, (value << 16) | ((middle ? 20 + y : value) << 8) | (middle ? 50 : value / 2));
                else if (ip instanceof FloatProcessor) ip.setf(x, y, middle ? value + 0.5f : random.nextFloat() * 1000 - 500);
                else ip.set(x, y, type.equals("16-bit") && !middle ? value * 300 : value);
            }
        }
        return ip;
    }

    private static ImagePlus stack(String type, int slices) {
        ImageStack stack = new ImageStack(80, 70);
        for (int s = 0; s < slices; s++) stack.addSlice(picture(type, 80, 70, 7 + s));
        ImagePlus imp = new ImagePlus(type + " picture", stack);
        imp.setRoi(new OvalRoi(28, 22, 24, 26));
        return imp;
    }

    @Test
    void everyPixelOutsideTheHoleIsExactlyTheInputsAndTheHoleIsFilledForEveryType() {
        for (String type : new String[] {"8-bit", "16-bit", "32-bit", "RGB"}) {
            ImagePlus input = stack(type, 2);
            Object[] before = pixelCopies(input);
            HoleMask hole = HoleMask.fromSelection(input);
            ImagePlus result = fill(input, hole, TilingOptions.automatic());
            assertEquals(input.getBitDepth(), result.getBitDepth(), type);
            assertEquals(2, result.getStackSize(), type);
            assertEquals(80, result.getWidth());
            assertEquals(70, result.getHeight());
            int filled = 0;
            for (int s = 1; s <= 2; s++) {
                ImageProcessor in = input.getStack().getProcessor(s);
                ImageProcessor out = result.getStack().getProcessor(s);
                for (int i = 0; i < 80 * 70; i++) {
                    if (!hole.contains(i)) {
                        if (type.equals("RGB")) assertEquals(in.get(i) & 0xffffff, out.get(i) & 0xffffff, "RGB outside the hole, pixel " + i);
                        else assertEquals(Float.floatToIntBits(in.getf(i)), Float.floatToIntBits(out.getf(i)), type + " outside the hole, pixel " + i);
                    } else {
                        int x = i % 80, y = i / 80;
                        if (type.equals("RGB")) {
                            int rgb = out.get(i);
                            assertEquals(10 + x + y + SHIFT, (rgb >> 16) & 0xff, 0.51, "red " + i);
                            assertEquals(20 + y + SHIFT, (rgb >> 8) & 0xff, 0.51, "green " + i);
                            assertEquals(50 + SHIFT, rgb & 0xff, 0.51, "blue " + i);
                        } else {
                            // the ramp is harmonic, so its diffusion fill gives it back; the network adds SHIFT where the mask is 1
                            float expected = 10 + x + y + (type.equals("32-bit") ? 0.5f : 0) + SHIFT;
                            assertEquals(expected, out.getf(i), type.equals("32-bit") ? 1e-2 : 0.51, type + " inside, pixel " + i);
                        }
                        filled++;
                    }
                }
            }
            assertEquals(2 * hole.count(), filled);
            assertUnchanged(input, before);
        }
    }

    @Test
    void theNetworkSeesTheBlankedImageAndTheHoleMaskAsItsLastChannel() {
        ImagePlus input = stack("8-bit", 1);
        ImageProcessor ip = input.getProcessor();
        for (int y = 30; y < 40; y++) for (int x = 35; x < 45; x++) ip.set(x, y, 255); // a bright patch inside the hole: the network must not see it
        List<float[]> seen = new ArrayList<>();
        HoleMask hole = HoleMask.fromSelection(input);
        new InpaintTask(manifest(ModelKind.INPAINT, 1, 4), blankingPlusMask(seen), TilingOptions.automatic(), TaskProgress.NONE).run(input, hole);
        assertEquals(1, seen.size());
        float[] tile = seen.get(0);
        int plane = tile.length / 2;
        java.awt.Rectangle window = hole.bounds(4); // the hole's box with the halo of 4: the network's one tile
        int tileWidth = window.width;
        assertEquals(window.height * tileWidth, plane);
        float maskSum = 0;
        float brightest = 0;
        for (int y = 0; y < window.height; y++) {
            for (int x = 0; x < window.width; x++) {
                int i = y * tileWidth + x;
                assertTrue(tile[plane + i] == 0 || tile[plane + i] == 1);
                maskSum += tile[plane + i];
                if (tile[plane + i] == 1) brightest = Math.max(brightest, tile[i]);
            }
        }
        assertEquals(hole.count(), maskSum, "the mask channel marks exactly the hole");
        assertTrue(brightest < 150, "the hole is blanked (largest value seen inside: " + brightest + ")");
    }

    @Test
    void tilesSmallerThanTheHoleKeepTheContextAndGiveTheUntiledResult() {
        ImagePlus input = new ImagePlus("big hole", picture("32-bit", 80, 70, 3));
        input.setRoi(new Roi(18, 12, 44, 44));
        HoleMask hole = HoleMask.fromSelection(input);
        TileNetwork meanOfNeighbours = new FunctionNetwork(1, 1, (in, channels, height, width) -> {
            float[] out = new float[height * width];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    float sum = 0;
                    for (int dy = -1; dy <= 1; dy++)
                        for (int dx = -1; dx <= 1; dx++) {
                            int yy = Math.min(height - 1, Math.max(0, y + dy)), xx = Math.min(width - 1, Math.max(0, x + dx));
                            sum += in[yy * width + xx] + in[height * width + yy * width + xx];
                        }
                    out[y * width + x] = sum / 9;
                }
            }
            return out;
        });
        ModelManifest manifest = manifest(ModelKind.INPAINT, 1, 2);
        float[] whole = (float[]) new InpaintTask(manifest, meanOfNeighbours, TilingOptions.of(0, 0), TaskProgress.NONE).run(input, hole).getProcessor().getPixels();
        float[] tiled = (float[]) new InpaintTask(manifest, meanOfNeighbours, TilingOptions.of(16, 2), TaskProgress.NONE).run(input, hole).getProcessor().getPixels();
        for (int i = 0; i < whole.length; i++) assertEquals(whole[i], tiled[i], 1e-4, "pixel " + i);
    }

    @Test
    void aStackIsFilledSliceBySliceWithOneProgressBarAndACancelLeavesNoResult() {
        ImagePlus input = stack("16-bit", 3);
        RecordedProgress progress = new RecordedProgress();
        List<Double> fractions = progress.fractions;
        ImagePlus result = new InpaintTask(manifest(ModelKind.INPAINT, 1, 4), blankingPlusMask(null), TilingOptions.automatic(), progress)
                .run(input, HoleMask.fromSelection(input));
        assertEquals(3, result.getStackSize());
        for (int i = 1; i < fractions.size(); i++) assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back");
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-9);
        assertTrue(fractions.contains(1.0 / 3) || fractions.stream().anyMatch(f -> Math.abs(f - 1.0 / 3) < 1e-9), "one bar over three slices");
        assertThrows(TilingCancelledException.class, () -> new InpaintTask(manifest(ModelKind.INPAINT, 1, 4), blankingPlusMask(null),
                TilingOptions.automatic(), () -> true).run(input, HoleMask.fromSelection(input)));
    }

    @Test
    void anySelectionShapeMarksItsInside() {
        ImagePlus image = new ImagePlus("shapes", new ByteProcessor(60, 50));
        image.setRoi(new OvalRoi(10, 10, 20, 10));
        int oval = HoleMask.fromSelection(image).count();
        assertTrue(oval > 140 && oval < 170, "an oval of 20×10 holds about 157 pixels, not " + oval);
        image.setRoi(new PolygonRoi(new int[] {5, 25, 5}, new int[] {5, 5, 25}, 3, Roi.POLYGON));
        int triangle = HoleMask.fromSelection(image).count();
        assertTrue(triangle > 180 && triangle < 240, "a right triangle of side 20 holds about 210 pixels, not " + triangle);
        ShapeRoi two = new ShapeRoi(new Roi(0, 0, 10, 10)).or(new ShapeRoi(new Roi(40, 30, 10, 10)));
        image.setRoi(two);
        HoleMask composite = HoleMask.fromSelection(image);
        assertEquals(200, composite.count());
        assertTrue(composite.contains(0) && composite.contains(45 + 35 * 60) && !composite.contains(20 + 20 * 60));
        image.setRoi(new Roi(50, 40, 30, 30)); // partly outside: clipped
        assertEquals(100, HoleMask.fromSelection(image).count());
    }

    @Test
    void aMaskImageMarksItsNonZeroPixels() {
        ImagePlus image = new ImagePlus("image", new ShortProcessor(30, 20));
        ByteProcessor maskPixels = new ByteProcessor(30, 20);
        maskPixels.set(3, 4, 255);
        maskPixels.set(10, 11, 1);
        HoleMask mask = HoleMask.fromMaskImage(new ImagePlus("mask", maskPixels), image);
        assertEquals(2, mask.count());
        assertTrue(mask.contains(3 + 4 * 30) && mask.contains(10 + 11 * 30));
    }

    @Test
    void badHolesAndWrongModelsGetMessagesThatSayWhatToDo() {
        ImagePlus image = new ImagePlus("photo", new ByteProcessor(40, 30));
        assertMessage(() -> HoleMask.fromSelection(image), "There is no selection on 'photo'", "mask=");
        image.setRoi(new Line(1, 1, 20, 20));
        assertMessage(() -> HoleMask.fromSelection(image), "which has no inside", "area selection");
        image.setRoi(new Roi(100, 100, 5, 5));
        assertMessage(() -> HoleMask.fromSelection(image), "lies outside");
        assertMessage(() -> HoleMask.fromMaskImage(new ImagePlus("small mask", new ByteProcessor(20, 30)), image), "'small mask' is 20×30", "40×30");
        assertMessage(() -> HoleMask.fromMaskImage(new ImagePlus("black", new ByteProcessor(40, 30)), image), "no non-zero pixels", "paint the holes white");
        boolean[] all = new boolean[40 * 30];
        java.util.Arrays.fill(all, true);
        HoleMask everything = HoleMask.of(all, 40, 30);
        assertMessage(() -> fill(image, everything, TilingOptions.automatic()), "covers all of 'photo'");
        HoleMask some = HoleMask.of(corner(40, 30), 40, 30);
        assertMessage(() -> new InpaintTask(manifest(ModelKind.DENOISE, 1, 4), blankingPlusMask(null), TilingOptions.automatic(), TaskProgress.NONE).run(image, some),
                "is a denoise model, not an inpainting model", "model=inpaint");
        ModelManifest plain = new ModelManifest(1, "two-in-two-out", ModelKind.INPAINT, "1", null, new ModelManifest.Architecture("torchscript", null, null),
                new ModelManifest.Weights("w.pt", "0".repeat(64)), new ModelManifest.InputSpec(2, "CYX", ModelManifest.NormalizationSpec.none(), 1, 1, 0),
                new ModelManifest.OutputSpec(2, 1, OutputKind.IMAGE), ModelManifest.Provenance.empty());
        assertMessage(() -> new InpaintTask(plain, blankingPlusMask(null), TilingOptions.automatic(), TaskProgress.NONE).run(image, some), "one hole-mask channel");
        assertMessage(() -> new InpaintTask(manifest(ModelKind.INPAINT, 3, 4), blankingPlusMask(null), TilingOptions.automatic(), TaskProgress.NONE).run(image, some),
                "fills images of 3 channels", "gray (1-channel)");
        assertMessage(() -> fill(new ImagePlus("other", new ByteProcessor(41, 30)), some, TilingOptions.automatic()), "mask of the image's size");
    }

    private static boolean[] corner(int width, int height) {
        boolean[] hole = new boolean[width * height];
        hole[0] = true;
        return hole;
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable action, String... parts) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, action);
        for (String part : parts) assertTrue(failure.getMessage().contains(part), "'" + failure.getMessage() + "' should say " + part);
    }

    private static Object[] pixelCopies(ImagePlus imp) {
        Object[] copies = new Object[imp.getStackSize()];
        for (int s = 0; s < copies.length; s++) copies[s] = imp.getStack().getProcessor(s + 1).duplicate().getPixels();
        return copies;
    }

    private static void assertUnchanged(ImagePlus imp, Object[] before) {
        assertNotEquals(null, imp.getRoi(), "the selection stays");
        for (int s = 0; s < before.length; s++) {
            Object now = imp.getStack().getProcessor(s + 1).getPixels();
            assertTrue(java.util.Objects.deepEquals(before[s], now), "the input's slice " + (s + 1) + " is unchanged");
        }
    }
}
