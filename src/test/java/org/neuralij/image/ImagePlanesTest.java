package org.neuralij.image;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImagePlanesTest {

    @Test
    void everyPixelTypeReadsUnsignedRawValuesAndTheCopyMatchesTheReader() {
        ShortProcessor sixteen = new ShortProcessor(3, 2);
        sixteen.set(0, 65535);
        sixteen.set(5, 40000);
        ByteProcessor eight = new ByteProcessor(3, 2);
        eight.set(1, 255);
        eight.set(4, 7);
        FloatProcessor thirtyTwo = new FloatProcessor(3, 2, new float[] {-1.5f, Float.NaN, 0, 2, 1e6f, 3});
        ColorProcessor rgb = new ColorProcessor(3, 2);
        rgb.set(2, 0xC80A05);
        for (ImagePlus image : new ImagePlus[] {new ImagePlus("16", sixteen), new ImagePlus("8", eight), new ImagePlus("32", thirtyTwo), new ImagePlus("rgb", rgb)}) {
            ImagePlanes planes = ImagePlanes.of(image);
            for (int channel = 0; channel < planes.channels(); channel++) {
                PlaneReader reader = planes.reader(channel, 0, 0);
                float[] expected = new float[6];
                for (int i = 0; i < 6; i++) expected[i] = reader.read(i);
                assertArrayEquals(expected, planes.plane(channel, 0, 0), image.getTitle() + " channel " + channel);
            }
        }
        assertEquals(65535, ImagePlanes.of(new ImagePlus("16", sixteen)).plane(0, 0, 0)[0]);
        assertEquals(40000, ImagePlanes.of(new ImagePlus("16", sixteen)).plane(0, 0, 0)[5]);
        ImagePlanes colours = ImagePlanes.of(new ImagePlus("rgb", rgb));
        assertEquals(3, colours.channels());
        assertTrue(colours.isRgb());
        assertEquals(200, colours.plane(0, 0, 0)[2]);
        assertEquals(10, colours.plane(1, 0, 0)[2]);
        assertEquals(5, colours.plane(2, 0, 0)[2]);
    }

    @Test
    void aPlaneIsACopyAndTheImageIsNeverChanged() {
        ImageStack stack = new ImageStack(2, 1);
        stack.addSlice(new FloatProcessor(2, 1, new float[] {1, 2}));
        stack.addSlice(new FloatProcessor(2, 1, new float[] {3, 4}));
        ImagePlus image = new ImagePlus("stack", stack);
        float[] second = ImagePlanes.of(image).plane(0, 1, 0);
        assertArrayEquals(new float[] {3, 4}, second);
        second[0] = 99;
        assertEquals(3, ((float[]) stack.getPixels(2))[0], "the input is not changed");
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 16, 32})
    void hyperstackPlanesComeFromImageJsChannelSliceFrameOrder(int bitDepth) {
        ImagePlus image = TestImages.hyperstack(bitDepth, 5, 4, 2, 3, 2);
        ImagePlanes planes = ImagePlanes.of(image);
        assertEquals(2, planes.channels());
        assertEquals(3, planes.slices());
        assertEquals(2, planes.frames());
        for (int t = 0; t < 2; t++) {
            for (int z = 0; z < 3; z++) {
                for (int c = 0; c < 2; c++) {
                    image.setPositionWithoutUpdate(c + 1, z + 1, t + 1);
                    float[] expected = (float[]) image.getProcessor().convertToFloatProcessor().getPixels();
                    assertArrayEquals(expected, planes.plane(c, z, t), "c" + c + " z" + z + " t" + t);
                }
            }
        }
    }

    @Test
    void aPositionHoldsEveryChannelOfOnePlaneAsOneFloatImage() {
        ImagePlus image = TestImages.hyperstack(16, 5, 4, 3, 2, 1);
        ImagePlanes planes = ImagePlanes.of(image);
        FloatImage position = planes.position(1, 0);
        assertEquals(3, position.channels());
        assertEquals(5, position.width());
        assertEquals(4, position.height());
        for (int c = 0; c < 3; c++) {
            assertEquals(planes.plane(c, 1, 0)[7], position.get(c, 2, 1));
        }
    }

    @Test
    void channelValuesGiveAHistogramForIntegerImagesAndCountFiniteValues() {
        ImagePlus eight = TestImages.hyperstack(8, 4, 4, 1, 2, 1);
        long[] histogram = ImagePlanes.of(eight).channel(0).histogram();
        assertEquals(256, histogram.length);
        assertEquals(32, java.util.Arrays.stream(histogram).sum());
        assertEquals(65536, ImagePlanes.of(TestImages.hyperstack(16, 2, 2, 1, 1, 1)).channel(0).histogram().length);
        ImagePlus floats = new ImagePlus("f", new FloatProcessor(2, 2, new float[] {1, Float.NaN, Float.POSITIVE_INFINITY, 4}));
        ChannelValues values = ImagePlanes.of(floats).channel(0);
        assertEquals(null, values.histogram());
        assertEquals(2, values.countFinite());
        assertEquals(2, ImagePlanes.of(floats).countNonFinite());
    }

    @Test
    void missingChannelsAndPlanesAreRefusedWithWhatTheImageHas() {
        ImagePlanes rgb = ImagePlanes.of(new ImagePlus("photo", new ColorProcessor(2, 2)));
        IllegalArgumentException channel = assertThrows(IllegalArgumentException.class, () -> rgb.plane(3, 0, 0));
        assertTrue(channel.getMessage().contains("'photo' has 3 channel(s)"), channel.getMessage());
        assertTrue(channel.getMessage().contains("0 = red"), channel.getMessage());
        IllegalArgumentException slice = assertThrows(IllegalArgumentException.class, () -> rgb.reader(0, 1, 0));
        assertTrue(slice.getMessage().contains("1 slice(s) and 1 frame(s)"), slice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> rgb.channel(-1));
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 16, 32})
    void planesReadAndAssembledAgainGiveTheSameHyperstackAndCalibration(int bitDepth) {
        ImagePlus image = TestImages.hyperstack(bitDepth, 6, 5, 2, 3, 2);
        Calibration calibration = image.getCalibration();
        calibration.pixelWidth = 0.25;
        calibration.pixelHeight = 0.5;
        calibration.setUnit("µm");
        ImagePlanes planes = ImagePlanes.of(image);
        ImageAssembler assembler = new ImageAssembler(image, 2, 1, bitDepth, false);
        for (int t = 0; t < 2; t++) for (int z = 0; z < 3; z++) for (int c = 0; c < 2; c++) assembler.put(c, z, t, planes.plane(c, z, t));
        ImagePlus copy = assembler.build("copy");
        assertEquals(bitDepth, copy.getBitDepth());
        assertEquals(2, copy.getNChannels());
        assertEquals(3, copy.getNSlices());
        assertEquals(2, copy.getNFrames());
        assertEquals(0.25, copy.getCalibration().pixelWidth);
        assertEquals("µm", copy.getCalibration().getUnit());
        assertNotSame(image.getCalibration(), copy.getCalibration());
        for (int n = 1; n <= image.getStackSize(); n++) {
            assertArrayEquals((float[]) image.getStack().getProcessor(n).convertToFloatProcessor().getPixels(),
                    (float[]) copy.getStack().getProcessor(n).convertToFloatProcessor().getPixels(), "plane " + n);
        }
    }

    @Test
    void anRgbImageAssembledFromItsThreeChannelsIsTheSameRgbImage() {
        ImagePlus image = TestImages.hyperstack(24, 4, 3, 1, 2, 1);
        ImagePlanes planes = ImagePlanes.of(image);
        ImageAssembler assembler = new ImageAssembler(image, 3, 1, 8, true);
        for (int z = 0; z < 2; z++) for (int c = 0; c < 3; c++) assembler.put(c, z, 0, planes.plane(c, z, 0));
        ImagePlus copy = assembler.build("copy");
        assertEquals(24, copy.getBitDepth());
        assertEquals(2, copy.getStackSize());
        assertArrayEquals((int[]) image.getStack().getPixels(2), (int[]) copy.getStack().getPixels(2));
    }

    @Test
    void assembledIntegerPlanesAreRoundedAndClampedAndScaledResultsHaveSmallerPixels() {
        ImagePlus input = new ImagePlus("in", new ByteProcessor(1, 2));
        input.getCalibration().pixelWidth = 2;
        ImageAssembler assembler = new ImageAssembler(input, 1, 2, 8, false);
        assembler.put(0, 0, 0, new float[] {-3, 0.5f, 1.49f, 254.6f, 300, Float.NaN, 7, 8});
        ImagePlus result = assembler.build("out");
        assertEquals(2, result.getWidth());
        assertEquals(4, result.getHeight());
        assertArrayEquals(new byte[] {0, 1, 1, (byte) 255, (byte) 255, 0, 7, 8}, (byte[]) result.getProcessor().getPixels());
        assertEquals(1, result.getCalibration().pixelWidth);
        assertFalse(result.getCalibration().calibrated());
        assertThrows(IllegalArgumentException.class, () -> new ImageAssembler(input, 2, 1, 8, true));
        assertThrows(IllegalArgumentException.class, () -> new ImageAssembler(input, 1, 1, 12, false));
    }
}
