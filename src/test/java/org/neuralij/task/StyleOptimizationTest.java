package org.neuralij.task;

import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.ShortProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.ModelRegistry;
import org.neuralij.train.loop.StylePictures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** method=optimize on tiny images, a few iterations each (the CPU is shared). */
class StyleOptimizationTest {

    @TempDir
    Path models;

    private StyleOptimization optimization() {
        return new StyleOptimization(new ModelRegistry(List.of(models)));
    }

    /** Smooth colours, 48×40, 0.5 µm pixels. */
    private static ImagePlus content() {
        ColorProcessor ip = new ColorProcessor(48, 40);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 48; x++) {
                ip.set(x, y, (int) (127 + 100 * Math.sin(x / 9.0)) << 16 | (int) (127 + 100 * Math.cos(y / 11.0)) << 8 | 90);
            }
        }
        ImagePlus image = new ImagePlus("content", ip);
        image.getCalibration().pixelWidth = 0.5;
        image.getCalibration().pixelHeight = 0.5;
        image.getCalibration().setUnit("µm");
        return image;
    }

    private static double property(ImagePlus image, String key) {
        return Double.parseDouble(image.getProp(key));
    }

    @Test
    void lbfgsPaintsTheContentInTheStylesTextureAtTheWorkingSizeAndGivesItBackAtFullSize() throws Exception {
        ImagePlus content = content();
        ImagePlus style = StylePictures.grayStripes(40, 40);
        int[] contentBefore = ((int[]) content.getProcessor().getPixels()).clone();
        byte[] styleBefore = ((byte[]) style.getProcessor().getPixels()).clone();
        List<Integer> previews = new ArrayList<>();
        List<String> previewSizes = new ArrayList<>();
        StyleSettings settings = StyleSettings.defaults().withIterations(6).withSize(32);
        StyleResult result = optimization().run(content, style, settings, "cpu", TaskProgress.NONE, (iteration, image) -> {
            previews.add(iteration);
            previewSizes.add(image.getWidth() + "x" + image.getHeight());
        });
        ImagePlus painted = result.image();
        double styleBefore2 = property(painted, "style_loss_before");
        double styleAfter = property(painted, "style_loss_after");
        System.out.println("L-BFGS, 6 iterations at 32 px, random-filter network: " + String.join(" ", result.notes()));
        assertEquals("content-style", painted.getTitle());
        assertEquals(24, painted.getBitDepth());
        assertEquals(48, painted.getWidth());
        assertEquals(40, painted.getHeight());
        assertEquals(0.5, painted.getCalibration().pixelWidth, 1e-12);
        assertEquals("µm", painted.getCalibration().getUnit());
        assertTrue(styleAfter < 0.75 * styleBefore2, "style loss " + styleBefore2 + " -> " + styleAfter);
        assertEquals(0, property(painted, "content_loss_before"), 1e-6);
        assertTrue(property(painted, "content_loss_after") > 0);
        assertEquals(6, property(painted, "iterations"), 0);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("'gray stripes' is 8-bit gray: it is used as RGB")), result.notes().toString());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("larger than size=32") && n.contains("32x27") && n.contains("48x40")), result.notes().toString());
        assertEquals(List.of(), previews, "the default preview is every 10 iterations");
        assertArrayEquals(contentBefore, (int[]) content.getProcessor().getPixels(), "the content image is not changed");
        assertArrayEquals(styleBefore, (byte[]) style.getProcessor().getPixels(), "the style image is not changed");
        assertTrue(previewSizes.isEmpty());
    }

    @Test
    void adamAlsoLowersTheStyleLossShowsThePreviewEveryNIterationsAndACancelKeepsTheBestSoFar() throws Exception {
        ImagePlus style16 = new ImagePlus("style16", new ShortProcessor(36, 36));
        for (int i = 0; i < 36 * 36; i++) style16.getProcessor().set(i, (i % 36 / 3 + i / 36 / 3) % 2 == 0 ? 3000 : 200);
        style16.resetDisplayRange();
        List<String> previews = new ArrayList<>();
        int[] checks = {0};
        TaskProgress cancelAfterFour = () -> ++checks[0] > 4;
        StyleSettings settings = new StyleSettings(50, 1000, 1, 0.1f, 64, "adam", "", 2);
        StyleResult result = optimization().run(content(), style16, settings, "cpu", cancelAfterFour,
                (iteration, image) -> previews.add(iteration + ":" + image.getWidth() + "x" + image.getHeight()));
        ImagePlus painted = result.image();
        assertEquals(5, property(painted, "iterations"), 0, "stopped by the cancel at the 5th check");
        assertEquals(List.of("2:48x40", "4:48x40"), previews);
        assertTrue(property(painted, "style_loss_after") < property(painted, "style_loss_before"), result.notes().toString());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("cancelled: the result is the best image so far")), result.notes().toString());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("'style16' is 16-bit gray") && n.contains("(200-3000)")), result.notes().toString());
        assertEquals(48, painted.getWidth());
    }

    @Test
    void badInputIsRefusedWithWhatToGive() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> StyleSettings.defaults().withIterations(0));
        assertTrue(zero.getMessage().contains("iterations=0") && zero.getMessage().contains("at least 1"), zero.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> new StyleSettings(10, -5, 1, 0, 256, "lbfgs", "", 0));
        assertTrue(negative.getMessage().contains("style_weight=-5") && negative.getMessage().contains("0 or more"), negative.getMessage());
        IllegalArgumentException tv = assertThrows(IllegalArgumentException.class, () -> new StyleSettings(10, 5, 1, -1, 256, "lbfgs", "", 0));
        assertTrue(tv.getMessage().startsWith("tv_weight=-1"), tv.getMessage());
        IllegalArgumentException optimizer = assertThrows(IllegalArgumentException.class, () -> StyleSettings.defaults().withOptimizer("sgd"));
        assertTrue(optimizer.getMessage().contains("optimizer=lbfgs") && optimizer.getMessage().contains("optimizer=adam"), optimizer.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> StyleSettings.defaults().withSize(16));
        assertTrue(size.getMessage().contains("at least 32"), size.getMessage());

        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class,
                () -> optimization().run(content(), StylePictures.stripes(20, 24), StyleSettings.defaults().withIterations(1), "cpu", TaskProgress.NONE, StyleOptimization.Preview.NONE));
        assertTrue(tiny.getMessage().contains("'stripes' is 20x24 px") && tiny.getMessage().contains("at least 32x32"), tiny.getMessage());
        ImagePlus twoChannels = ij.IJ.createImage("two channels", "8-bit composite", 40, 40, 2, 1, 1);
        IllegalArgumentException channels = assertThrows(IllegalArgumentException.class,
                () -> optimization().run(content(), twoChannels, StyleSettings.defaults().withIterations(1), "cpu", TaskProgress.NONE, StyleOptimization.Preview.NONE));
        assertTrue(channels.getMessage().contains("has 2 channels") && channels.getMessage().contains("Stack to RGB"), channels.getMessage());
    }
}
