package org.neuralij.train.data;

import ij.ImagePlus;
import ij.ImageStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StyleTransferImagesTest {

    @TempDir
    Path temp;

    @Test
    void grayContentImagesBecomeRgbWithOneNoteForTheFolder() {
        TestFiles.tiff(temp, "a.tif", TestFiles.gray8(40, 30));
        TestFiles.tiff(temp, "b.tif", TestFiles.gray8(40, 30));
        ContentImages content = ContentImages.read(temp, 16, Augmentation.orientations());
        assertEquals(1, content.notes().size(), content.notes().toString());
        assertTrue(content.notes().get(0).contains("are gray"), content.notes().get(0));
        float[] batch = new float[2 * 3 * 16 * 16];
        content.batch(new Random(1), 2, batch);
        for (int i = 0; i < 256; i++) {
            assertEquals(batch[i], batch[256 + i], 0f);
            assertEquals(batch[i], batch[512 + i], 0f);
        }
        assertEquals(4 * 3 * 16 * 16, content.fixedBatch(4, 2).length);
    }

    @Test
    void anRgbStyleImageIsScaledToUnitRangeAndShrunkButNeverEnlarged() {
        StyleImage style = StyleImage.of(TestFiles.rgb(200, 100));
        assertTrue(style.notes().isEmpty());
        assertEquals(10 / 255f, style.pixels().get(0, 5, 5), 1e-6f);
        assertEquals(30 / 255f, style.pixels().get(2, 5, 5), 1e-6f);
        StyleImage shrunk = style.shrunkTo(50);
        assertEquals(50, shrunk.pixels().width());
        assertEquals(25, shrunk.pixels().height());
        assertEquals(20 / 255f, shrunk.pixels().get(1, 10, 10), 1e-5f);
        assertSame(style, style.shrunkTo(400));
    }

    @Test
    void aStackGivesItsFirstSliceAndOtherChannelCountsAreRefused() {
        ImageStack stack = new ImageStack(20, 20);
        stack.addSlice(TestFiles.rgb(20, 20).getProcessor());
        stack.addSlice(TestFiles.rgb(20, 20).getProcessor());
        StyleImage first = StyleImage.of(new ImagePlus("two", stack));
        assertTrue(first.notes().get(0).contains("first slice"), first.notes().toString());

        ImageStack channels = new ImageStack(20, 20);
        channels.addSlice(TestFiles.gray8(20, 20).getProcessor());
        channels.addSlice(TestFiles.gray8(20, 20).getProcessor());
        ImagePlus twoChannels = new ImagePlus("two channels", channels);
        twoChannels.setDimensions(2, 1, 1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> StyleImage.of(twoChannels));
        assertTrue(refused.getMessage().contains("has 2 channels"), refused.getMessage());
    }
}
