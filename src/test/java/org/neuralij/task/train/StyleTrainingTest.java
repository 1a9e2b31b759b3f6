package org.neuralij.task.train;

import ij.IJ;
import ij.ImagePlus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelNotFoundException;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RunModel;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Train Model task=style: content images and one style image in, a fast style-transfer model out. */
@Tag("slow")
class StyleTrainingTest {

    @TempDir
    Path temp;

    private static Path testImage(String name) {
        return Paths.get(System.getProperty("neuralij.project.dir", "."), "test-images", name);
    }

    private TrainRequest.Builder request(String name) throws Exception {
        return TrainRequest.builder("style", CleanImageFolder.create(temp.resolve("content")), name).style(testImage("chelsea.png"))
                .epochs(2).steps(3).batch(1).patch(32).validation(0.1).seed(3);
    }

    @Test
    void aStyleModelIsSavedAndPaintsRgbImagesAtOnce() throws Exception {
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        List<String> notices = new ArrayList<>();
        TrainModel.Outcome outcome = new TrainModel(registry).train(request("cat-style").build(), "cpu", new TrainingProgress() {
            @Override
            public void notice(String message) {
                notices.add(message);
            }
        });
        assertEquals(2, outcome.state().history().size());
        assertTrue(notices.stream().anyMatch(n -> n.contains("gray")), "the gray content images are reported: " + notices);
        ModelManifest manifest = registry.find("cat-style").manifest();
        assertEquals(ModelKind.STYLE, manifest.task());
        assertEquals("style-net", manifest.architecture().name());
        assertTrue(manifest.provenance().quality().contains("for the unchanged content patches"), manifest.provenance().quality());
        assertTrue(manifest.provenance().recipe().contains("style=[") && manifest.provenance().recipe().contains("task=style"), manifest.provenance().recipe());
        assertTrue(outcome.inputBaseline() > 0, "the unchanged content has a style loss to beat");
        ImagePlus photo = IJ.openImage(testImage("coffee.png").toString());
        photo.setRoi(0, 0, 60, 44);
        ImagePlus crop = photo.crop();
        ImagePlus painted = new RunModel(registry).run(crop, "cat-style", TilingOptions.automatic(), "cpu", TaskProgress.NONE);
        assertEquals(24, painted.getBitDepth());
        assertEquals(60, painted.getWidth());
        assertEquals(44, painted.getHeight());
    }

    @Test
    void badStyleRequestsSayWhatToDo() throws Exception {
        Path content = Files.createDirectories(temp.resolve("any"));
        IllegalArgumentException noStyle = assertThrows(IllegalArgumentException.class, () -> TrainRequest.builder("style", content, "x").build());
        assertTrue(noStyle.getMessage().contains("style="), noStyle.getMessage());
        IllegalArgumentException styleElsewhere = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("denoise", content, "x").style(testImage("chelsea.png")).build());
        assertTrue(styleElsewhere.getMessage().contains("task=style"), styleElsewhere.getMessage());
        IllegalArgumentException architecture = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("style", content, "x").style(testImage("chelsea.png")).architecture("unet").build());
        assertTrue(architecture.getMessage().contains("architecture=unet"), architecture.getMessage());
        IllegalArgumentException loss = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("style", content, "x").style(testImage("chelsea.png")).loss("l1").build());
        assertTrue(loss.getMessage().contains("loss="), loss.getMessage());
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        assertThrows(ModelNotFoundException.class, () -> new TrainModel(registry).train(request("y").features("no-such-vgg").build(), "cpu", TrainingProgress.NONE));
        IllegalArgumentException tinyStyle = assertThrows(IllegalArgumentException.class, () -> new TrainModel(registry).train(
                request("z").patch(512).build(), "cpu", TrainingProgress.NONE));
        assertTrue(tinyStyle.getMessage().contains("512"), tinyStyle.getMessage());
    }
}
