package org.neuralij.ij;

import ij.ImagePlus;
import ij.process.ColorProcessor;
import org.junit.jupiter.api.Test;
import org.neuralij.task.StyleTransfer;
import org.neuralij.task.keys.KeyValues;
import org.neuralij.train.loop.StylePictures;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Style Transfer headless (SciJava) and its macro keys. */
class StyleTransferCommandTest {

    private static ImagePlus content() {
        ColorProcessor ip = new ColorProcessor(40, 36);
        for (int i = 0; i < 40 * 36; i++) ip.set(i, (i % 40) * 6 << 16 | (i / 40) * 7 << 8 | 128);
        return new ImagePlus("ramp", ip);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) cause = cause.getCause();
        return cause;
    }

    @Test
    void optimizePaintsTheImageWithoutADisplayAndReportsTheLosses() throws Exception {
        try (Context context = new Context(CommandService.class)) {
            CommandModule module = context.service(CommandService.class).run(StyleTransferCommand.class, true,
                    "input", content(), "method", "optimize", "style", StylePictures.stripes(40, 40), "iterations", 3, "size", 32, "device", "cpu").get();
            ImagePlus result = (ImagePlus) module.getOutput("result");
            String notes = (String) module.getOutput("notes");
            assertEquals("ramp-style", result.getTitle());
            assertEquals(24, result.getBitDepth());
            assertEquals(40, result.getWidth());
            assertEquals(36, result.getHeight());
            assertTrue(notes.contains("lbfgs, 3 of 3 iterations") && notes.contains("losses before content 0.000"), notes);
        }
    }

    @Test
    void fastRefusesAModelThatIsNotAStyleModelAndOptimizeWithoutAStyleImageSaysWhatToGive() {
        try (Context context = new Context(CommandService.class)) {
            ExecutionException fast = assertThrows(ExecutionException.class, () -> context.service(CommandService.class).run(StyleTransferCommand.class, true,
                    "input", content(), "method", "fast", "model", "denoise-gray", "device", "cpu").get());
            assertTrue(String.valueOf(rootCause(fast).getMessage()).contains("'denoise-gray' is a denoise model, not a style model"), String.valueOf(rootCause(fast)));
            ExecutionException noStyle = assertThrows(ExecutionException.class, () -> context.service(CommandService.class).run(StyleTransferCommand.class, true,
                    "input", content(), "method", "optimize", "device", "cpu").get());
            assertTrue(String.valueOf(rootCause(noStyle).getMessage()).contains("needs a style image"), rootCause(noStyle) + " " + java.util.Arrays.toString(rootCause(noStyle).getStackTrace()));
        }
    }

    @Test
    void theMacroKeysAreReadWithTheirDefaultsAndWrongValuesAreRefusedNamingTheKey() {
        KeyValues defaults = MacroKeys.read(StyleTransfer.COMMAND.keys(), "style=paint");
        assertEquals(StyleTransfer.Method.OPTIMIZE, defaults.get(StyleTransfer.METHOD));
        assertEquals("paint", defaults.get(StyleTransfer.STYLE));
        assertEquals(100, StyleTransfer.settings(defaults).iterations());
        assertEquals(256, StyleTransfer.settings(defaults).size());
        assertEquals("lbfgs", StyleTransfer.settings(defaults).optimizer());
        KeyValues given = MacroKeys.read(StyleTransfer.COMMAND.keys(),
                "method=fast model=my-style iterations=7 style_weight=50 content_weight=2 tv_weight=0.5 size=128 optimizer=adam features=[/x/vgg16-taps.pt] preview=0");
        assertEquals(StyleTransfer.Method.FAST, given.get(StyleTransfer.METHOD));
        assertEquals("my-style", given.get(StyleTransfer.MODEL));
        assertEquals(new org.neuralij.task.StyleSettings(7, 50, 2, 0.5f, 128, "adam", "/x/vgg16-taps.pt", 0), StyleTransfer.settings(given));
        assertTrue(message("style=s iterations=0").contains("iterations=0 gives nothing to do"), message("style=s iterations=0"));
        assertTrue(message("style=s content_weight=-2").contains("content_weight=-2 is not allowed: give a weight of 0 or more"));
        assertTrue(message("method=paint").contains("method=optimize") && message("method=paint").contains("method=fast"));
        assertTrue(message("iterations=many").contains("iterations=many is not a whole number"));
    }

    private static String message(String options) {
        return assertThrows(IllegalArgumentException.class, () -> StyleTransfer.settings(MacroKeys.read(StyleTransfer.COMMAND.keys(), options))).getMessage();
    }
}
