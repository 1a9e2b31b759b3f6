package org.neuralij.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairedFoldersTest {

    @TempDir
    Path dir;
    Path inputs;
    Path targets;

    @BeforeEach
    void createFolders() throws IOException {
        inputs = Files.createDirectory(dir.resolve("in"));
        targets = Files.createDirectory(dir.resolve("out"));
    }

    @Test
    void pairsByBaseNameWhateverTheExtension() {
        TestFiles.tiff(inputs, "a.tif", TestFiles.gray8(4, 3));
        TestFiles.tiff(inputs, "b.tif", TestFiles.gray8(4, 3));
        TestFiles.png(targets, "a.png", TestFiles.gray8(4, 3));
        TestFiles.png(targets, "b.png", TestFiles.gray8(4, 3));

        List<ImagePair> pairs = PairedFolders.read(inputs, targets, 1);

        assertEquals(2, pairs.size());
        assertEquals("a.tif", pairs.get(0).input().fileName());
        assertEquals("a.png", pairs.get(0).target().fileName());
        assertEquals("b.png", pairs.get(1).target().fileName());
    }

    @Test
    void namesWithoutPartnerAreListedOnBothSides() {
        for (int i = 0; i < 12; i++) {
            TestFiles.tiff(inputs, String.format("in%02d.tif", i), TestFiles.gray8(4, 3));
        }
        TestFiles.png(targets, "lonely.png", TestFiles.gray8(4, 3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairedFolders.read(inputs, targets, 1));

        String message = e.getMessage();
        assertTrue(message.contains("with no target: in00.tif, in01.tif"), message);
        assertTrue(message.contains("in09.tif and 2 more"), message);
        assertTrue(!message.contains("in10.tif"), message);
        assertTrue(message.contains("with no input: lonely.png"), message);
    }

    @Test
    void sizeMismatchNamesThePairAndBothSizes() {
        TestFiles.tiff(inputs, "a.tif", TestFiles.gray8(4, 3));
        TestFiles.tiff(targets, "a.tif", TestFiles.gray8(5, 3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairedFolders.read(inputs, targets, 1));

        assertTrue(e.getMessage().contains("Input 'a.tif' is 4x3 px and target 'a.tif' is 5x3 px"), e.getMessage());
        assertTrue(e.getMessage().contains("same size"), e.getMessage());
    }

    @Test
    void scaleFactorRequiresTargetsThatManyTimesLarger() {
        TestFiles.tiff(inputs, "a.tif", TestFiles.gray8(4, 3));
        TestFiles.tiff(targets, "a.tif", TestFiles.gray8(8, 6));
        assertEquals(1, PairedFolders.read(inputs, targets, 2).size());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairedFolders.read(inputs, targets, 3));
        assertTrue(e.getMessage().contains("target 'a.tif' is 8x6 px"), e.getMessage());
        assertTrue(e.getMessage().contains("must be 12x9 px"), e.getMessage());
    }

    @Test
    void mixedBitDepthsInOneFolderAreRefused() {
        TestFiles.tiff(inputs, "a.tif", TestFiles.gray8(4, 3));
        TestFiles.tiff(inputs, "b.tif", TestFiles.gray16(4, 3));
        TestFiles.tiff(targets, "a.tif", TestFiles.gray8(4, 3));
        TestFiles.tiff(targets, "b.tif", TestFiles.gray8(4, 3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairedFolders.read(inputs, targets, 1));
        assertTrue(e.getMessage().contains("'a.tif' is 8-bit, 1 channel; 'b.tif' is 16-bit, 1 channel"),
                e.getMessage());
    }

    @Test
    void twoFilesWithOneBaseNameAreRefused() {
        TestFiles.tiff(inputs, "a.tif", TestFiles.gray8(4, 3));
        TestFiles.png(inputs, "a.png", TestFiles.gray8(4, 3));
        TestFiles.tiff(targets, "a.tif", TestFiles.gray8(4, 3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairedFolders.read(inputs, targets, 1));
        assertTrue(e.getMessage().contains("two images with the base name 'a'"), e.getMessage());
    }
}
