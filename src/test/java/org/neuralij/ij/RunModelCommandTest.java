package org.neuralij.ij;

import ij.ImagePlus;
import ij.process.FloatProcessor;
import org.junit.jupiter.api.Test;
import org.neuralij.model.Fixtures;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SciJava command runs headless (this JVM has java.awt.headless=true), as a script in Fiji or on a server would run it. */
class RunModelCommandTest {

    @Test
    void theCommandRunsAModelGivenByPathWithoutADisplay() throws Exception {
        ImagePlus input = new ImagePlus("ramp.tif", new FloatProcessor(48, 40));
        for (int i = 0; i < 48 * 40; i++) input.getProcessor().setf(i, i % 48);
        try (Context context = new Context(CommandService.class)) {
            CommandModule module = context.service(CommandService.class).run(RunModelCommand.class, true,
                    "input", input, "model", Fixtures.folder("tiny-unet").toString(), "tile", 0, "overlap", 0, "device", "cpu").get();
            ImagePlus result = (ImagePlus) module.getOutput("result");
            assertNotSame(input, result);
            assertEquals(48, result.getWidth());
            assertEquals(32, result.getBitDepth());
            assertEquals("ramp-tiny-unet", result.getTitle());
            assertEquals(10f, input.getProcessor().getf(10, 0), "input untouched");
        }
    }

    @Test
    void anUnknownModelNameFailsWithTheRegistrysMessage() {
        ImagePlus input = new ImagePlus("x", new FloatProcessor(16, 16));
        try (Context context = new Context(CommandService.class)) {
            ExecutionException failure = assertThrows(ExecutionException.class, () -> context.service(CommandService.class)
                    .run(RunModelCommand.class, true, "input", input, "model", "no-such-model", "tile", 0, "overlap", 0, "device", "cpu").get());
            Throwable cause = failure;
            while (cause.getCause() != null) cause = cause.getCause();
            assertTrue(String.valueOf(cause.getMessage()).contains("no-such-model"), String.valueOf(cause));
        }
    }
}
