package org.neuralij.task.train;

import ij.IJ;
import ij.ImagePlus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.SuperResolution;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Train Model task=super-resolution: clean images in, a model out whose output is scale times larger and that Super-Resolution runs at once. */
class SuperResolutionTrainingTest {

    @TempDir
    Path temp;

    private TrainRequest.Builder request(Path images, int scale) {
        return TrainRequest.builder("super-resolution", images, "my-sr").scale(scale).epochs(1).steps(3).batch(2).patch(16)
                .learningRate(1e-3f).validation(0.34).seed(3);
    }

    @Test
    void aFourTimesModelIsTrainedFromCleanImagesAndEnlargesFourTimes() throws Exception {
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        TrainRequest request = request(CleanImageFolder.create(temp.resolve("clean")), 4).build();
        assertEquals("downscale=4,quantize=8", request.degradation(), "the default crappify shrinks by the scale and rounds to 8 bits");
        new TrainModel(registry).train(request, "cpu", TrainingProgress.NONE);
        ModelManifest manifest = registry.find("my-sr").manifest();
        assertEquals(ModelKind.SUPER_RESOLUTION, manifest.task());
        assertEquals(4, manifest.output().scale());
        assertEquals("sr-resnet", manifest.architecture().name());
        assertEquals(4.0, manifest.architecture().params().get("scale"));
        assertEquals(20, manifest.input().halo());
        assertTrue(manifest.provenance().recipe().contains("task=super-resolution") && manifest.provenance().recipe().contains(" scale=4 "),
                manifest.provenance().recipe());
        assertTrue(manifest.provenance().quality().contains("bicubic"), manifest.provenance().quality());
        ImagePlus small = IJ.createImage("small", "16-bit ramp", 30, 20, 1);
        ImagePlus result = new SuperResolution(registry).run(small, "my-sr", TilingOptions.automatic(), "cpu", TaskProgress.NONE);
        assertEquals(120, result.getWidth());
        assertEquals(80, result.getHeight());
        assertEquals(16, result.getBitDepth());
    }

    @Test
    void scalesAndShrinkingThatDoNotMatchAreExplained() throws Exception {
        Path images = temp.resolve("none");
        IllegalArgumentException three = assertThrows(IllegalArgumentException.class, () -> request(images, 3).build());
        assertTrue(three.getMessage().contains("2, 4 or 8"), three.getMessage());
        IllegalArgumentException denoise = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("denoise", images, "x").scale(2).build());
        assertTrue(denoise.getMessage().contains("scale=2 is for task=super-resolution"), denoise.getMessage());
        IllegalArgumentException unet = assertThrows(IllegalArgumentException.class,
                () -> TrainableNetwork.superResolution("unet", 1, 2));
        assertTrue(unet.getMessage().contains("architecture=sr-resnet"), unet.getMessage());
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        TrainRequest shrinksFour = request(CleanImageFolder.create(temp.resolve("clean")), 2).crappify("downscale=4,jpeg=50").build();
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> new TrainModel(registry).train(shrinksFour, "cpu", TrainingProgress.NONE));
        assertTrue(mismatch.getMessage().contains("shrinks the images 4 times, but scale=2"), mismatch.getMessage());
    }
}
