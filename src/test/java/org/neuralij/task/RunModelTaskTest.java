package org.neuralij.task;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;
import org.junit.jupiter.api.Test;
import org.neuralij.image.tiling.FunctionNetwork;
import org.neuralij.image.tiling.TileNetwork;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.OutputKind;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunModelTaskTest {

    private static final ModelManifest.NormalizationSpec PERCENTILE = ModelManifest.NormalizationSpec.percentile(1, 99.8);

    private static ImagePlus run(ImagePlus input, ModelManifest manifest, TileNetwork network, TilingOptions tiling) {
        return new RunModelTask(manifest, network, tiling, TaskProgress.NONE).run(input);
    }

    private static ImagePlus runIdentity(ImagePlus input, int inChannels, int outChannels, int scale) {
        return run(input, StandInNetworks.manifest(inChannels, outChannels, scale, OutputKind.IMAGE, PERCENTILE),
                StandInNetworks.identity(outChannels, scale), TilingOptions.of(64, 8));
    }

    @Test
    void automaticTilesStayWithinTheLargestTileTheNetworkTakes() {
        int[] largestSeen = new int[1];
        TileNetwork identity = StandInNetworks.identity(1, 1);
        TileNetwork bounded = new TileNetwork() {
            @Override
            public float[] predict(float[] input, int channels, int height, int width) {
                largestSeen[0] = Math.max(largestSeen[0], Math.max(height, width));
                return identity.predict(input, channels, height, width);
            }

            @Override
            public int outputChannels() {
                return 1;
            }

            @Override
            public int scale() {
                return 1;
            }

            @Override
            public int largestTile() {
                return 96;
            }
        };
        ImagePlus input = randomImage("32-bit", 300, 200, 1, 1, 1);
        ImagePlus result = run(input, StandInNetworks.manifest(1, 1, 1, OutputKind.IMAGE, PERCENTILE), bounded, TilingOptions.automatic());
        assertTrue(largestSeen[0] <= 96 && largestSeen[0] > 48, "largest tile given to the network: " + largestSeen[0]);
        assertArrayEquals((float[]) input.getProcessor().getPixels(), (float[]) result.getProcessor().getPixels(), 1e-2f, "tiles joined without seams");
    }

    private static ImagePlus randomImage(String type, int width, int height, int channels, int slices, int frames) {
        ImagePlus imp = IJ.createHyperStack("input.tif", width, height, channels, slices, frames, "8-bit".equals(type) ? 8 : "16-bit".equals(type) ? 16 : "RGB".equals(type) ? 24 : 32);
        Random random = new Random(11);
        ImageStack stack = imp.getStack();
        for (int s = 1; s <= stack.getSize(); s++) {
            for (int i = 0; i < width * height; i++) {
                double value = switch (type) {
                    case "8-bit" -> random.nextInt(256);
                    case "16-bit" -> random.nextInt(4096) + 100;
                    case "RGB" -> random.nextInt(1 << 24);
                    default -> random.nextGaussian() * 1000 - 50;
                };
                stack.getProcessor(s).setf(i, (float) value);
            }
        }
        Calibration calibration = imp.getCalibration();
        calibration.pixelWidth = 0.5;
        calibration.pixelHeight = 0.25;
        calibration.pixelDepth = 2;
        calibration.setUnit("µm");
        return imp;
    }

    private static Object[] pixelCopy(ImagePlus imp) {
        Object[] copy = new Object[imp.getStackSize()];
        for (int s = 0; s < copy.length; s++) copy[s] = imp.getStack().getProcessor(s + 1).duplicate().getPixels();
        return copy;
    }

    /** The colour of each pixel without the alpha byte, which ImageJ sets on some processors and not on others. */
    private static int[] rgbValues(ImagePlus imp, int slice) {
        return Arrays.stream((int[]) imp.getStack().getPixels(slice)).map(argb -> argb & 0xffffff).toArray();
    }

    @Test
    void anIdentityModelGivesBackEveryGrayTypeExactlyAndLeavesTheInputAlone() {
        for (String type : new String[] {"8-bit", "16-bit", "32-bit"}) {
            ImagePlus input = randomImage(type, 150, 90, 1, 1, 1);
            Object[] before = pixelCopy(input);
            ImagePlus result = runIdentity(input, 1, 1, 1);
            assertEquals(input.getBitDepth(), result.getBitDepth(), type);
            assertEquals(150, result.getWidth());
            assertEquals(90, result.getHeight());
            for (int i = 0; i < 150 * 90; i++) {
                assertEquals(input.getProcessor().getf(i), result.getProcessor().getf(i), "32-bit".equals(type) ? 1e-2f : 0f, type + " pixel " + i);
            }
            assertTrue(Arrays.deepEquals(before, pixelCopy(input)), "input untouched: " + type);
            assertEquals("input-stand-in", result.getTitle());
            assertEquals(0.5, result.getCalibration().pixelWidth);
            assertEquals("µm", result.getCalibration().getUnit());
        }
    }

    @Test
    void hyperstacksKeepTheirDimensionsAndASingleChannelModelRunsOnEachChannel() {
        ImagePlus input = randomImage("16-bit", 40, 30, 2, 3, 2);
        ImagePlus result = runIdentity(input, 1, 1, 1);
        assertArrayEquals(new int[] {40, 30, 2, 3, 2}, result.getDimensions());
        for (int s = 1; s <= input.getStackSize(); s++) {
            assertArrayEquals((short[]) input.getStack().getPixels(s), (short[]) result.getStack().getPixels(s), "plane " + s);
        }
        assertEquals(2.0, result.getCalibration().pixelDepth);
    }

    @Test
    void rgbImagesComeBackAsRgbThroughAThreeChannelModelAndThroughAOneChannelModel() {
        ImagePlus input = randomImage("RGB", 50, 40, 1, 2, 1);
        for (int modelChannels : new int[] {3, 1}) {
            ImagePlus result = runIdentity(input, modelChannels, modelChannels, 1);
            assertEquals(ImagePlus.COLOR_RGB, result.getType());
            assertEquals(2, result.getStackSize());
            assertArrayEquals(rgbValues(input, 2), rgbValues(result, 2));
        }
    }

    @Test
    void aTwoTimesModelDoublesTheSizeAndHalvesThePixelSize() {
        ImagePlus input = randomImage("8-bit", 33, 21, 1, 1, 1);
        ImagePlus result = runIdentity(input, 1, 1, 2);
        assertEquals(66, result.getWidth());
        assertEquals(42, result.getHeight());
        assertEquals(0.25, result.getCalibration().pixelWidth, 1e-12);
        assertEquals(0.125, result.getCalibration().pixelHeight, 1e-12);
        assertEquals(input.getProcessor().get(5, 7), result.getProcessor().get(11, 15));
    }

    @Test
    void probabilitiesAre32BitAndLabelsAre16BitArgMax() {
        ImagePlus input = new ImagePlus("cells", new ByteProcessor(20, 10));
        for (int x = 10; x < 20; x++) for (int y = 0; y < 10; y++) input.getProcessor().set(x, y, 200);
        ModelManifest.NormalizationSpec fixed = ModelManifest.NormalizationSpec.fixed(0, 255);
        ImagePlus probabilities = run(input, StandInNetworks.manifest(1, 3, 1, OutputKind.PROBABILITIES, fixed), StandInNetworks.thresholdClasses(0.5f), TilingOptions.automatic());
        assertEquals(32, probabilities.getBitDepth());
        assertEquals(3, probabilities.getNChannels());
        ImagePlus labels = run(input, StandInNetworks.manifest(1, 3, 1, OutputKind.LABELS, fixed), StandInNetworks.thresholdClasses(0.5f), TilingOptions.automatic());
        assertEquals(16, labels.getBitDepth());
        assertEquals(1, labels.getNChannels());
        assertEquals(0, labels.getProcessor().get(3, 3));
        assertEquals(1, labels.getProcessor().get(15, 3));
    }

    @Test
    void nonFinitePixelsStayNonFiniteAndDoNotSpreadIntoTheirNeighbours() {
        ImagePlus input = randomImage("32-bit", 64, 64, 1, 1, 1);
        input.getProcessor().setf(10, 10, Float.NaN);
        input.getProcessor().setf(40, 20, Float.POSITIVE_INFINITY);
        ImagePlus result = runIdentity(input, 1, 1, 1);
        assertTrue(Float.isNaN(result.getProcessor().getf(10, 10)));
        assertTrue(Float.isNaN(result.getProcessor().getf(40, 20)));
        assertEquals(input.getProcessor().getf(11, 10), result.getProcessor().getf(11, 10), 1e-2f);
    }

    @Test
    void aChannelMismatchNamesBothCountsAndWhatToDo() {
        ImagePlus stack = randomImage("16-bit", 32, 32, 2, 4, 1);
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> runIdentity(stack, 3, 3, 1));
        assertTrue(failure.getMessage().contains("takes 3 channels (RGB)") && failure.getMessage().contains("has 2 channels"), failure.getMessage());
        ImagePlus gray = randomImage("8-bit", 32, 32, 1, 1, 1);
        failure = assertThrows(IllegalArgumentException.class, () -> runIdentity(gray, 3, 3, 1));
        assertTrue(failure.getMessage().contains("Image › Type › RGB Color"), failure.getMessage());
    }

    @Test
    void emptyAndTinyImagesAreRefusedWithAClearMessage() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> runIdentity(new ImagePlus(), 1, 1, 1));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        ImagePlus single = new ImagePlus("dot", new FloatProcessor(1, 1));
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class, () -> runIdentity(single, 1, 1, 1));
        assertTrue(tiny.getMessage().contains("1×1") && tiny.getMessage().contains("at least 4×4"), tiny.getMessage());
        assertThrows(IllegalArgumentException.class, () -> runIdentity(null, 1, 1, 1));
    }

    @Test
    void cancellingStopsWithoutAResult() {
        ImagePlus input = randomImage("8-bit", 300, 300, 1, 1, 1);
        TaskProgress cancelled = () -> true;
        assertThrows(TilingCancelledException.class, () -> new RunModelTask(StandInNetworks.manifest(1, 1, 1, OutputKind.IMAGE, PERCENTILE),
                StandInNetworks.identity(1, 1), TilingOptions.of(64, 8), cancelled).run(input));
    }

    @Test
    void eightAndSixteenBitOutputsAreClampedToTheirTypeRange() {
        ImagePlus input = new ImagePlus("ramp", new ShortProcessor(16, 16));
        for (int i = 0; i < 256; i++) input.getProcessor().set(i, i * 250);
        TileNetwork overshoot = new FunctionNetwork(1, 1, (in, channels, height, width) -> {
            float[] out = new float[in.length];
            for (int i = 0; i < in.length; i++) out[i] = in[i] * 3 - 1;
            return out;
        });
        ImagePlus result = run(input, StandInNetworks.manifest(1, 1, 1, OutputKind.IMAGE, ModelManifest.NormalizationSpec.fixed(0, 65535)), overshoot, TilingOptions.automatic());
        assertEquals(0, result.getProcessor().get(0));
        assertEquals(65535, result.getProcessor().get(255));
        assertFalse(result.getProcessor().isInvertedLut());
    }

    @Test
    void colorChannelsOfARgbImageAreNormalisedApart() {
        ImagePlus input = new ImagePlus("two-tone", new ColorProcessor(8, 8));
        for (int i = 0; i < 64; i++) ((ColorProcessor) input.getProcessor()).set(i, (i % 2 == 0 ? 0x102030 : 0xF0E0D0));
        ImagePlus result = runIdentity(input, 3, 3, 1);
        assertArrayEquals(rgbValues(input, 1), rgbValues(result, 1));
    }
}
