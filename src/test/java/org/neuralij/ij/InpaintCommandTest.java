package org.neuralij.ij;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.process.ShortProcessor;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inpaint as a SciJava command, headless, with the bundled model. */
class InpaintCommandTest {

    private static ImagePlus picture() {
        ImagePlus input = new ImagePlus("stripes.tif", new ShortProcessor(80, 64));
        for (int i = 0; i < 80 * 64; i++) input.getProcessor().set(i, 1000 + 40 * ((i % 80) / 8 % 2) + i / 80);
        input.setRoi(new OvalRoi(30, 20, 20, 18));
        return input;
    }

    @Test
    void theCommandFillsTheSelectionWithTheBundledModelWithoutADisplay() throws Exception {
        ImagePlus input = picture();
        try (Context context = new Context(CommandService.class)) {
            CommandModule module = context.service(CommandService.class).run(InpaintCommand.class, true,
                    "input", input, "mask", "selection", "tile", 0, "overlap", 0, "device", "cpu").get();
            ImagePlus result = (ImagePlus) module.getOutput("result");
            assertEquals("stripes-inpaint", result.getTitle());
            assertEquals(16, result.getBitDepth());
            assertEquals(80, result.getWidth());
            assertEquals(input.getProcessor().get(5, 5), result.getProcessor().get(5, 5), "outside kept");
            int middle = result.getProcessor().get(40, 29);
            assertTrue(middle > 990 && middle < 1110, "filled within the surroundings' range: " + middle);
        }
    }

    @Test
    void aModelThatIsNotAnInpaintingModelIsRefusedByName() {
        try (Context context = new Context(CommandService.class)) {
            ExecutionException failure = assertThrows(ExecutionException.class, () -> context.service(CommandService.class)
                    .run(InpaintCommand.class, true, "input", picture(), "mask", "selection", "model", "denoise-gray", "tile", 0, "overlap", 0, "device", "cpu").get());
            Throwable cause = failure;
            while (cause.getCause() != null) cause = cause.getCause();
            assertTrue(String.valueOf(cause.getMessage()).contains("'denoise-gray' is a denoise model, not an inpainting model"), String.valueOf(cause));
        }
    }
}
