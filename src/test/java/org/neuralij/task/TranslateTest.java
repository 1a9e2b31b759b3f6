package org.neuralij.task;

import ij.IJ;
import ij.ImagePlus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.Direction;
import org.neuralij.model.Fixtures;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.TranslationModelFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Translate (CycleGAN)...: both directions, the reconstruction and its error, what it refuses and how it says so. */
class TranslateTest {

    @TempDir
    static Path models;
    private static Translate translate;

    @BeforeAll
    static void installModels() throws Exception {
        TranslationModelFolder.create(models, "gray-cyclegan", 1, 1, 8, 1);
        Path restorer = Files.move(Fixtures.copy("tiny-unet", models.resolve(".copy")), models.resolve("restorer"));
        Path manifest = restorer.resolve(ModelManifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replace("\"tiny-unet\"", "\"restorer\"").replace("\"task\": \"run\"", "\"task\": \"restore\""));
        translate = new Translate(new ModelRegistry(List.of(models)));
    }

    private static Translation run(ImagePlus image, Direction direction, boolean reconstruct) throws Exception {
        return translate.run(image, "gray-cyclegan", direction, reconstruct, TilingOptions.automatic(), "cpu", TaskProgress.NONE);
    }

    @Test
    void aToBKeepsSizeBitDepthAndCalibrationAndLeavesTheInputAlone() throws Exception {
        ImagePlus image = IJ.createImage("cells.tif", "16-bit ramp", 48, 40, 2);
        image.getCalibration().pixelWidth = 0.25;
        image.getCalibration().setUnit("mm");
        short[] before = ((short[]) image.getStack().getPixels(2)).clone();
        Translation result = run(image, Direction.A_TO_B, false);
        ImagePlus translated = result.translated();
        assertEquals("cells-A_to_B", translated.getTitle());
        assertEquals(List.of(48, 40, 2, 16), List.of(translated.getWidth(), translated.getHeight(), translated.getStackSize(), translated.getBitDepth()));
        assertEquals(0.25, translated.getCalibration().pixelWidth);
        assertEquals("mm", translated.getCalibration().getUnit());
        assertArrayEquals(before, (short[]) image.getStack().getPixels(2));
        assertFalse(result.hasReconstruction());
        assertNull(result.reconstruction());
        assertTrue(Double.isNaN(result.cycleL1()));
    }

    @Test
    void theTwoDirectionsUseTheirOwnNetworks() throws Exception {
        ImagePlus image = WholeImageInstanceNormTest.unevenImage(32, 5);
        float[] toB = (float[]) run(image, Direction.A_TO_B, false).translated().getProcessor().getPixels();
        float[] toA = (float[]) run(image, Direction.B_TO_A, false).translated().getProcessor().getPixels();
        assertFalse(java.util.Arrays.equals(toB, toA));
    }

    @Test
    void theReconstructionComesBackThroughTheOtherNetworkWithItsL1() throws Exception {
        ImagePlus image = WholeImageInstanceNormTest.unevenImage(32, 6);
        Translation result = run(image, Direction.A_TO_B, true);
        ImagePlus reconstruction = result.reconstruction();
        assertEquals("uneven-reconstruction", reconstruction.getTitle());
        assertEquals(List.of(32, 32, 32), List.of(reconstruction.getWidth(), reconstruction.getHeight(), reconstruction.getBitDepth()));
        ImagePlus expected = run(result.translated(), Direction.B_TO_A, false).translated();
        assertArrayEquals((float[]) expected.getProcessor().getPixels(), (float[]) reconstruction.getProcessor().getPixels(), 1e-4f);
        assertEquals(CycleError.of(image, reconstruction, ModelManifest.NormalizationSpec.percentile(1, 99.8).withRange("-1..1")),
                result.cycleL1(), 1e-12);
        assertTrue(result.cycleL1() > 0.01 && result.cycleL1() < 2, "random generators do not reconstruct: " + result.cycleL1());
    }

    @Test
    void anRgbImageForAGrayModelIsRefusedSayingWhatToDo() {
        ImagePlus rgb = IJ.createImage("photo", "RGB ramp", 32, 32, 1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> run(rgb, Direction.A_TO_B, false));
        assertEquals("'gray-cyclegan' takes 1 channel (grayscale), but 'photo' has 3 channels (RGB). No installed translate model takes "
                + "3 channels (RGB): convert the image to grayscale (Image › Type › 8-bit) or install such a model.", refused.getMessage());
    }

    @Test
    void aModelOfAnotherTaskIsRefusedNamingTheTranslationModels() {
        ImagePlus gray = IJ.createImage("gray", "8-bit ramp", 32, 32, 1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> translate.run(gray, "restorer", Direction.A_TO_B, false, TilingOptions.automatic(), "cpu", TaskProgress.NONE));
        assertEquals("'restorer' is a restore model, not a translate model. Models that fit: gray-cyclegan.", refused.getMessage());
    }
}
