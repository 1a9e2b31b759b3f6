package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.Fixtures;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restore Image as a SciJava command, headless as in a script: its default model, a run, and a refusal. */
class RestoreImageCommandTest {

    @TempDir
    Path work;

    @Test
    void theCommandsDefaultModelIsRestore() throws Exception {
        try (Context context = new Context(CommandService.class)) {
            CommandInfo info = context.service(CommandService.class).getCommand(RestoreImageCommand.class);
            assertEquals("Restore Image", info.getLabel());
            assertEquals("restore", info.createModule().getInput("model"));
        }
    }

    @Test
    void aRestorationModelRunsOnA16BitStackWithoutADisplay() throws Exception {
        Path model = Fixtures.copy("tiny-unet", work);
        Path manifest = model.resolve("model.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"task\": \"run\"", "\"task\": \"restore\""));
        ImagePlus stack = IJ.createImage("cells", "16-bit ramp", 48, 40, 2);
        try (Context context = new Context(CommandService.class)) {
            CommandModule module = context.service(CommandService.class).run(RestoreImageCommand.class, true,
                    "input", stack, "model", model.toString(), "tile", 0, "overlap", 0, "device", "cpu").get();
            ImagePlus result = (ImagePlus) module.getOutput("result");
            assertEquals("cells-tiny-unet", result.getTitle());
            assertEquals(16, result.getBitDepth());
            assertEquals(2, result.getStackSize());
        }
    }

    @Test
    void aModelForAnotherTaskIsRefused() {
        ImagePlus input = IJ.createImage("x", "8-bit ramp", 16, 16, 1);
        try (Context context = new Context(CommandService.class)) {
            ExecutionException failure = assertThrows(ExecutionException.class, () -> context.service(CommandService.class)
                    .run(RestoreImageCommand.class, true, "input", input, "model", Fixtures.folder("tiny-unet").toString(), "device", "cpu").get());
            Throwable cause = failure;
            while (cause.getCause() != null) cause = cause.getCause();
            assertTrue(String.valueOf(cause.getMessage()).contains("'tiny-unet' is a run model, not a denoise or restore model"), String.valueOf(cause));
        }
    }
}
