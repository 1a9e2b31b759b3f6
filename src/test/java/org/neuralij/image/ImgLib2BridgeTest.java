package org.neuralij.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.measure.Calibration;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import net.imglib2.RandomAccess;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.planar.PlanarImg;
import net.imglib2.type.numeric.ARGBType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImgLib2BridgeTest {

    @ParameterizedTest
    @ValueSource(ints = {8, 16, 24, 32})
    void singlePlaneRoundTripIsExact(int bitDepth) {
        ImagePlus original = TestImages.hyperstack(bitDepth, 7, 5, 1, 1, 1);

        ImagePlus copy = ImgLib2Bridge.toImagePlus(ImgLib2Bridge.wrap(original), "copy", null);

        assertEquals(bitDepth, copy.getBitDepth());
        assertEquals(7, copy.getWidth());
        assertEquals(5, copy.getHeight());
        assertEquals(1, copy.getStackSize());
        TestImages.assertSamePixels(original, copy);
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 16, 24, 32})
    void hyperstackRoundTripKeepsEveryPixelAndDimension(int bitDepth) {
        ImagePlus original = TestImages.hyperstack(bitDepth, 6, 4, 2, 3, 2);

        ImagePlus copy = ImgLib2Bridge.toImagePlus(ImgLib2Bridge.wrap(original), "copy", null);

        assertEquals(bitDepth, copy.getBitDepth());
        assertArrayEquals(new int[] {6, 4, 2, 3, 2}, copy.getDimensions());
        assertTrue(copy.getOpenAsHyperStack());
        TestImages.assertSamePixels(original, copy);
    }

    @Test
    void wrapIsFiveDimensionalInXYCZTOrder() {
        ImagePlus imp = TestImages.hyperstack(32, 6, 4, 2, 3, 2);

        Img<?> img = ImgLib2Bridge.wrap(imp);

        assertArrayEquals(new long[] {6, 4, 2, 3, 2}, Intervals.dimensionsAsLongArray(img));
        @SuppressWarnings("unchecked")
        RandomAccess<FloatType> access = ((Img<FloatType>) img).randomAccess();
        for (int t = 0; t < 2; t++) {
            for (int z = 0; z < 3; z++) {
                for (int c = 0; c < 2; c++) {
                    ImageProcessor plane = imp.getStack().getProcessor(imp.getStackIndex(c + 1, z + 1, t + 1));
                    access.setPosition(new long[] {5, 3, c, z, t});
                    assertEquals(plane.getf(5, 3), access.get().get());
                }
            }
        }
    }

    @Test
    void wrapPadsMissingAxesWithSizeOne() {
        assertArrayEquals(new long[] {7, 5, 1, 1, 1},
                Intervals.dimensionsAsLongArray(ImgLib2Bridge.wrap(TestImages.hyperstack(8, 7, 5, 1, 1, 1))));
        assertArrayEquals(new long[] {7, 5, 1, 1, 4},
                Intervals.dimensionsAsLongArray(ImgLib2Bridge.wrap(TestImages.hyperstack(8, 7, 5, 1, 1, 4))));
    }

    @Test
    void wrapSharesThePixelArrays() {
        ImagePlus imp = TestImages.hyperstack(16, 6, 4, 2, 3, 2);

        Img<?> img = ImgLib2Bridge.wrap(imp);

        assertInstanceOf(UnsignedShortType.class, img.firstElement());
        PlanarImg<?, ?> planar = (PlanarImg<?, ?>) img;
        for (int i = 0; i < imp.getStackSize(); i++) {
            assertTrue(planar.getPlane(i).getCurrentStorageArray() == imp.getStack().getPixels(i + 1),
                    "plane " + i + " must be ImageJ's own array");
        }
    }

    @Test
    void writingThroughTheViewChangesTheImagePlus() {
        ImagePlus gray = TestImages.hyperstack(8, 6, 4, 2, 3, 2);
        @SuppressWarnings("unchecked")
        RandomAccess<UnsignedByteType> access = ((Img<UnsignedByteType>) ImgLib2Bridge.wrap(gray)).randomAccess();
        access.setPosition(new long[] {4, 2, 1, 2, 1});
        access.get().set(201);
        assertEquals(201, gray.getStack().getProcessor(gray.getStackIndex(2, 3, 2)).get(4, 2));

        ImagePlus rgb = new ImagePlus("rgb", new ColorProcessor(3, 2));
        @SuppressWarnings("unchecked")
        RandomAccess<ARGBType> rgbAccess = ((Img<ARGBType>) ImgLib2Bridge.wrap(rgb)).randomAccess();
        rgbAccess.setPosition(new long[] {2, 1, 0, 0, 0});
        rgbAccess.get().set(ARGBType.rgba(10, 20, 30, 255));
        assertArrayEquals(new int[] {10, 20, 30}, rgb.getProcessor().getPixel(2, 1, null));
    }

    @Test
    void toImagePlusKeepsTitleAndCopiesCalibration() {
        Calibration cal = new Calibration();
        cal.pixelWidth = 0.5;
        cal.pixelHeight = 0.25;
        cal.pixelDepth = 2.0;
        cal.setUnit("micron");
        cal.frameInterval = 3.0;

        ImagePlus imp = ImgLib2Bridge.toImagePlus(ArrayImgs.floats(4, 3, 1, 2), "restored", cal);

        assertEquals("restored", imp.getTitle());
        Calibration result = imp.getCalibration();
        assertNotSame(cal, result);
        assertEquals(0.5, result.pixelWidth);
        assertEquals(0.25, result.pixelHeight);
        assertEquals(2.0, result.pixelDepth);
        assertEquals("micron", result.getUnit());
        assertEquals(3.0, result.frameInterval);
        cal.pixelWidth = 9;
        assertEquals(0.5, imp.getCalibration().pixelWidth);
    }

    @Test
    void toImagePlusAcceptsTwoToFiveDimensions() {
        ImagePlus plane = ImgLib2Bridge.toImagePlus(ArrayImgs.unsignedBytes(4, 3), "plane", null);
        assertEquals(8, plane.getBitDepth());
        assertArrayEquals(new int[] {4, 3, 1, 1, 1}, plane.getDimensions());

        ImagePlus channels = ImgLib2Bridge.toImagePlus(ArrayImgs.doubles(4, 3, 2), "channels", null);
        assertEquals(32, channels.getBitDepth());
        assertArrayEquals(new int[] {4, 3, 2, 1, 1}, channels.getDimensions());
        assertFalse(channels.getOpenAsHyperStack());

        ImagePlus slices = ImgLib2Bridge.toImagePlus(ArrayImgs.unsignedShorts(4, 3, 1, 5), "slices", null);
        assertEquals(16, slices.getBitDepth());
        assertArrayEquals(new int[] {4, 3, 1, 5, 1}, slices.getDimensions());

        assertThrows(IllegalArgumentException.class,
                () -> ImgLib2Bridge.toImagePlus(ArrayImgs.floats(4), "line", null));
        assertThrows(IllegalArgumentException.class,
                () -> ImgLib2Bridge.toImagePlus(ArrayImgs.floats(2, 2, 2, 2, 2, 2), "6-D", null));
    }

    @Test
    void toFloatChannelsSplitsRgbIntoRedGreenBlue() {
        ColorProcessor cp = new ColorProcessor(3, 2);
        cp.set(0, 0, 0xff0a141e);
        cp.set(2, 1, 0xffff00ff);
        ImagePlus rgb = new ImagePlus("rgb", cp);

        Img<FloatType> channels = ImgLib2Bridge.toFloatChannels(rgb);

        assertArrayEquals(new long[] {3, 2, 3, 1, 1}, Intervals.dimensionsAsLongArray(channels));
        assertChannelValues(channels, 0, 0, new float[] {10, 20, 30});
        assertChannelValues(channels, 2, 1, new float[] {255, 0, 255});
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 16, 32})
    void toFloatChannelsKeepsGrayValuesExactly(int bitDepth) {
        ImagePlus imp = TestImages.hyperstack(bitDepth, 6, 4, 2, 3, 2);

        ImagePlus copy = ImgLib2Bridge.toImagePlus(ImgLib2Bridge.toFloatChannels(imp), "copy", null);

        assertArrayEquals(imp.getDimensions(), copy.getDimensions());
        for (int n = 1; n <= imp.getStackSize(); n++) {
            assertArrayEquals((float[]) imp.getStack().getProcessor(n).convertToFloat().getPixels(),
                    (float[]) copy.getStack().getPixels(n), "plane " + n);
        }
    }

    private static <T extends RealType<T>> void assertChannelValues(Img<T> img, int x, int y, float[] expected) {
        RandomAccess<T> access = img.randomAccess();
        for (int c = 0; c < expected.length; c++) {
            access.setPosition(new long[] {x, y, c, 0, 0});
            assertEquals(expected[c], access.get().getRealFloat(), "channel " + c);
        }
    }
}
