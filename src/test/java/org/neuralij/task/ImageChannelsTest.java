package org.neuralij.task;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ImageChannelsTest {

    @Test
    void aPlaneCopyHoldsTheSameValuesAsThePixelReaderForEveryPixelType() {
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
            for (int channel = 0; channel < ImageChannels.count(image); channel++) {
                ImageChannels.PixelReader reader = ImageChannels.reader(image, channel, 0, 0);
                float[] expected = new float[6];
                for (int i = 0; i < 6; i++) expected[i] = reader.read(i);
                assertArrayEquals(expected, ImageChannels.plane(image, channel, 0, 0), image.getTitle() + " channel " + channel);
            }
        }
        assertEquals(65535, ImageChannels.plane(new ImagePlus("16", sixteen), 0, 0, 0)[0]);
        assertEquals(10, ImageChannels.plane(new ImagePlus("rgb", rgb), 1, 0, 0)[2]);
    }

    @Test
    void aPlaneIsACopyAndComesFromTheRequestedSliceOfAStack() {
        ImageStack stack = new ImageStack(2, 1);
        stack.addSlice(new FloatProcessor(2, 1, new float[] {1, 2}));
        stack.addSlice(new FloatProcessor(2, 1, new float[] {3, 4}));
        ImagePlus image = new ImagePlus("stack", stack);
        float[] second = ImageChannels.plane(image, 0, 1, 0);
        assertArrayEquals(new float[] {3, 4}, second);
        second[0] = 99;
        assertEquals(3, ((float[]) stack.getPixels(2))[0], "the input is not changed");
    }
}
