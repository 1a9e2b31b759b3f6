package org.neuralij.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.image.FloatImage;

class ImageFolderTest {

    @TempDir
    Path dir;

    @Test
    void listsImagesSortedSkippingHiddenFilesOtherFilesAndSubfolders() throws IOException {
        TestFiles.tiff(dir, "b.tif", TestFiles.gray8(4, 3));
        TestFiles.png(dir, "a.png", TestFiles.gray8(4, 3));
        TestFiles.tiff(dir, ".hidden.tif", TestFiles.gray8(4, 3));
        Files.writeString(dir.resolve("notes.txt"), "not an image");
        Files.createDirectory(dir.resolve("sub"));
        TestFiles.tiff(dir.resolve("sub"), "c.tif", TestFiles.gray8(4, 3));

        List<Path> files = ImageFolder.open(dir).files();

        assertEquals(List.of(dir.resolve("a.png"), dir.resolve("b.tif")), files);
    }

    @Test
    void missingFolderIsNamed() {
        Path missing = dir.resolve("nowhere");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageFolder.open(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
    }

    @Test
    void fileInsteadOfFolderIsRefused() {
        Path file = TestFiles.tiff(dir, "a.tif", TestFiles.gray8(4, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageFolder.open(file));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
    }

    @Test
    void folderWithoutImagesSaysWhichExtensionsWereTried() throws IOException {
        Files.writeString(dir.resolve("readme.txt"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageFolder.open(dir));
        assertTrue(e.getMessage().contains("holds no image that ImageJ can read"), e.getMessage());
        assertTrue(e.getMessage().contains(".tif, .tiff, .png, .jpg"), e.getMessage());
    }

    @Test
    void readsRawValuesBitDepthAndChannels() {
        TestFiles.tiff(dir, "g16.tif", TestFiles.gray16(5, 4));
        TrainingImage image = ImageFolder.open(dir).readImages().get(0);

        assertEquals("g16.tif", image.fileName());
        assertEquals(16, image.bitDepth());
        assertEquals(1, image.channels());
        assertEquals(5, image.width());
        assertEquals(4, image.height());
        assertEquals(700f, image.pixels().get(0, 2, 1));
    }

    @Test
    void rgbGivesThreeChannels() {
        TestFiles.png(dir, "c.png", TestFiles.rgb(3, 2));
        TrainingImage image = ImageFolder.open(dir).readImages().get(0);

        assertEquals(24, image.bitDepth());
        assertEquals(3, image.channels());
        assertArrayEquals(new float[] {10, 20, 30},
                new float[] {image.pixels().get(0, 1, 1), image.pixels().get(1, 1, 1), image.pixels().get(2, 1, 1)});
    }

    @Test
    void eachStackSliceIsATrainingImage() {
        ImagePlus stack = IJ.createImage("s", "8-bit black", 4, 3, 3);
        stack.getStack().getProcessor(2).set(1, 1, 99);
        TestFiles.tiff(dir, "s.tif", stack);

        List<TrainingImage> images = ImageFolder.open(dir).readImages();

        assertEquals(3, images.size());
        assertEquals("s.tif (slice 2/3)", images.get(1).label());
        assertEquals(99f, images.get(1).pixels().get(0, 1, 1));
        assertEquals(0f, images.get(0).pixels().get(0, 1, 1));
    }

    @Test
    void mixedKindsAreRefusedWithOneExampleOfEach() {
        TestFiles.tiff(dir, "a.tif", TestFiles.gray8(4, 3));
        TestFiles.tiff(dir, "b.tif", TestFiles.gray8(4, 3));
        TestFiles.tiff(dir, "c.tif", TestFiles.gray16(4, 3));
        TestFiles.png(dir, "d.png", TestFiles.rgb(4, 3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageFolder.open(dir).readImages());

        assertTrue(e.getMessage().contains("'a.tif' is 8-bit, 1 channel; 'c.tif' is 16-bit, 1 channel;"
                + " 'd.png' is RGB, 3 channels"), e.getMessage());
    }

    @Test
    void unitRangeScales8BitBy255And16BitByItsRange() {
        TestFiles.tiff(dir, "g16.tif", TestFiles.gray16(5, 4));
        TrainingImage g16 = ImageFolder.open(dir).readImages().get(0);
        FloatImage unit = g16.toUnitRange();
        assertEquals(0f, unit.get(0, 0, 0));
        assertEquals(1f, unit.get(0, 4, 3));

        TrainingImage g8 = TrainingImage.of(TestFiles.gray8(4, 3), "g8").get(0);
        assertEquals(7 / 255f, g8.toUnitRange().get(0, 1, 0), 1e-6);
    }
}
