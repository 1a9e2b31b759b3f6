package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.TranslationModelFolder;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Translate (CycleGAN)'s SciJava command without a display (this JVM is headless): translation, reconstruction and its L1 as outputs. */
class TranslateCommandTest {

    @TempDir
    Path models;

    @Test
    void theCommandGivesTheTranslationAndOnRequestTheReconstructionAndItsL1() throws Exception {
        Path model = TranslationModelFolder.create(models, "gray-cyclegan", 1, 1, 4, 1);
        ImagePlus input = IJ.createImage("cells", "8-bit ramp", 40, 32, 1);
        try (Context context = new Context(CommandService.class)) {
            CommandService commands = context.service(CommandService.class);
            CommandModule both = commands.run(TranslateCommand.class, true, "input", input, "model", model.toString(), "direction", "B_to_A",
                    "reconstruct", true, "tile", 0, "overlap", 0, "device", "cpu").get();
            ImagePlus translated = (ImagePlus) both.getOutput("result");
            ImagePlus reconstruction = (ImagePlus) both.getOutput("reconstruction");
            assertEquals("cells-B_to_A", translated.getTitle());
            assertEquals(8, translated.getBitDepth());
            assertEquals("cells-reconstruction", reconstruction.getTitle());
            assertEquals(40, reconstruction.getWidth());
            double l1 = (Double) both.getOutput("cycleL1");
            assertTrue(l1 > 0 && l1 < 2, "cycle L1 " + l1);
            CommandModule only = commands.run(TranslateCommand.class, true, "input", input, "model", model.toString(), "direction", "A_to_B",
                    "reconstruct", false, "tile", 0, "overlap", 0, "device", "cpu").get();
            assertEquals("cells-A_to_B", ((ImagePlus) only.getOutput("result")).getTitle());
            assertNull(only.getOutput("reconstruction"));
            assertTrue(Double.isNaN((Double) only.getOutput("cycleL1")));
        }
    }
}
