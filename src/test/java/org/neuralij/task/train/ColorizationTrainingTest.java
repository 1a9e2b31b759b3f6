package org.neuralij.task.train;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.OutputKind;
import org.neuralij.task.ColorizeTask;
import org.neuralij.task.RunModel;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Train Model with task=colorize: RGB images in, a chroma model out that Colorize... uses; folders and keys that cannot work are refused. */
@Tag("slow")
class ColorizationTrainingTest {

    @TempDir
    Path temp;

    /** Bright blobs are orange, the dark background is blue: the colour follows the gray level. */
    private static ColorProcessor scene(long seed) {
        Random random = new Random(seed);
        ColorProcessor rgb = new ColorProcessor(64, 64);
        ByteProcessor bright = new ByteProcessor(64, 64);
        for (int blob = 0; blob < 4; blob++) {
            int cx = random.nextInt(64);
            int cy = random.nextInt(64);
            int r = 6 + random.nextInt(8);
            for (int y = 0; y < 64; y++) for (int x = 0; x < 64; x++) if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) bright.set(x, y, 1);
        }
        for (int i = 0; i < 64 * 64; i++) rgb.set(i, bright.get(i) == 1 ? (230 << 16) | (150 << 8) | 60 : (30 << 16) | (50 << 8) | 120);
        return rgb;
    }

    private Path rgbFolder() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("photos"));
        for (int i = 0; i < 4; i++) IJ.saveAsTiff(new ImagePlus("scene" + i, scene(i)), folder.resolve("scene" + i + ".tif").toString());
        return folder;
    }

    @Test
    void aColorizeModelLearnsWhichGrayLevelsAreOrangeAndWhichBlue() throws Exception {
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        TrainRequest request = TrainRequest.builder("colorize", rgbFolder(), "tint").epochs(4).steps(25).batch(4).patch(32)
                .learningRate(3e-3f).validation(0.25).seed(3).build();
        assertEquals("unet", request.architecture());
        new TrainModel(registry).train(request, "cpu", TrainingProgress.NONE);
        ModelManifest manifest = registry.find("tint").manifest();
        assertEquals(ModelKind.COLORIZE, manifest.task());
        assertEquals(OutputKind.CHROMA, manifest.output().kind());
        assertEquals(2, manifest.output().channels());
        assertTrue(manifest.provenance().quality().contains("for the gray input"), manifest.provenance().quality());
        ColorProcessor truth = scene(99);
        ImagePlus gray = new ImagePlus("gray", truth.convertToByteProcessor());
        ImagePlus colored = new RunModel(registry).run(gray, "tint", "cpu", TaskProgress.NONE, new ColorizeTask(TilingOptions.automatic(), TaskProgress.NONE));
        int[] pixels = (int[]) colored.getProcessor().getPixels();
        int orange = 0;
        int blue = 0;
        for (int i = 0; i < pixels.length; i++) {
            int red = (pixels[i] >> 16) & 0xff;
            int b = pixels[i] & 0xff;
            if (gray.getProcessor().get(i) > 100 && red > b + 40) orange++;
            if (gray.getProcessor().get(i) < 100 && b > red + 40) blue++;
        }
        int brightPixels = 0;
        for (int i = 0; i < pixels.length; i++) if (gray.getProcessor().get(i) > 100) brightPixels++;
        assertTrue(orange > 0.8 * brightPixels, orange + " of " + brightPixels + " bright pixels orange");
        assertTrue(blue > 0.8 * (pixels.length - brightPixels), blue + " of " + (pixels.length - brightPixels) + " dark pixels blue");
    }

    @Test
    void grayTrainingImagesAreRefusedWithTheirName() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("gray"));
        IJ.saveAsTiff(new ImagePlus("plain", new ByteProcessor(64, 64)), folder.resolve("plain.tif").toString());
        TrainRequest request = TrainRequest.builder("colorize", folder, "x").epochs(1).steps(1).batch(1).patch(32).build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new TrainModel(new ModelRegistry(List.of(temp.resolve("models")))).train(request, "cpu", TrainingProgress.NONE));
        assertTrue(refused.getMessage().contains("task=colorize learns from RGB images") && refused.getMessage().contains("plain"), refused.getMessage());
    }

    @Test
    void targetsCrappifyAndDncnnDoNotApplyToColorize() {
        Path images = temp.resolve("photos");
        IllegalArgumentException targets = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("colorize", images, "x").targets(temp).build());
        assertTrue(targets.getMessage().contains("leave out targets="), targets.getMessage());
        IllegalArgumentException crappify = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("colorize", images, "x").crappify("jpeg=10-70").build());
        assertTrue(crappify.getMessage().contains("does not apply to task=colorize"), crappify.getMessage());
        assertTrue(TrainRequest.builder("colorize", images, "x").build().macroLine().contains("task=colorize"));
        IllegalArgumentException dncnn = assertThrows(IllegalArgumentException.class,
                () -> TrainingObjective.CHROMA.network("dncnn", 1, 2, 1));
        assertTrue(dncnn.getMessage().contains("use architecture=unet"), dncnn.getMessage());
    }
}
