package org.neuralij.task.train;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.ModelRegistry;
import org.neuralij.train.loop.TrainingState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Train Model on folders holding an image a user should not have given it: each one either trains with finite
 * losses and no return to a checkpoint, or is refused before the first step with a message that names the file.
 */
@Tag("slow")
class BadTrainingImagesTest {

    @TempDir
    Path temp;

    /** The three clean crops plus the bad image. */
    private Path folderWith(String name, ImagePlus bad) throws Exception {
        Path folder = CleanImageFolder.create(temp.resolve(name));
        IJ.saveAsTiff(bad, folder.resolve(name + ".tif").toString());
        return folder;
    }

    private TrainModel.Outcome train(Path images, String name, List<String> notices) throws Exception {
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        TrainRequest request = TrainRequest.builder("denoise", images, name).crappify("gauss=0.05-0.15").architecture("dncnn")
                .epochs(2).steps(6).batch(4).patch(32).validation(0.25).seed(3).build();
        return new TrainModel(registry).train(request, "cpu", new TrainingProgress() {
            @Override
            public void notice(String message) {
                notices.add(message);
            }
        });
    }

    private void assertTrainsCleanly(Path images, String name) throws Exception {
        List<String> notices = new ArrayList<>();
        TrainModel.Outcome outcome = train(images, name, notices);
        assertEquals(2, outcome.state().history().size());
        for (TrainingState.EpochRecord epoch : outcome.state().history()) {
            assertTrue(Double.isFinite(epoch.trainingLoss()) && Double.isFinite(epoch.validationLoss()), epoch.toString());
        }
        assertTrue(outcome.state().divergences().isEmpty(), "no return to a checkpoint: " + notices);
        assertTrue(Files.exists(outcome.folder().resolve("model.json")));
    }

    private void assertRefusedNaming(Path images, String name, String file) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> train(images, name, new ArrayList<>()));
        assertTrue(refused.getMessage().contains(file), refused.getMessage());
        assertFalse(Files.exists(temp.resolve("models").resolve(name)), "a refused training leaves no model folder behind");
    }

    @Test
    void aBlankImageTrains() throws Exception {
        ByteProcessor blank = new ByteProcessor(96, 96);
        blank.setValue(128);
        blank.fill();
        assertTrainsCleanly(folderWith("blank", new ImagePlus("blank", blank)), "with-blank");
    }

    @Test
    void anEightBitImageOfTwoGrayLevelsTrains() throws Exception {
        ByteProcessor twoLevels = new ByteProcessor(96, 96);
        for (int i = 0; i < 96 * 96; i++) twoLevels.set(i, (i / 96) % 7 == 0 ? 200 : 10);
        assertTrainsCleanly(folderWith("two-levels", new ImagePlus("two-levels", twoLevels)), "with-two-levels");
    }

    @Test
    void aThirtyTwoBitImageOfNaNsIsRefusedByName() throws Exception {
        FloatProcessor nans = new FloatProcessor(96, 96);
        nans.setValue(Float.NaN);
        nans.fill();
        assertRefusedNaming(folderWith("all-nan", new ImagePlus("all-nan", nans)), "with-nans", "all-nan.tif");
    }

    @Test
    void anImageWithSomeInfinitePixelsIsRefusedByName() throws Exception {
        FloatProcessor some = new FloatProcessor(96, 96);
        for (int i = 0; i < 96 * 96; i++) some.setf(i, (float) Math.sin(i * 0.01));
        some.setf(500, Float.POSITIVE_INFINITY);
        some.setf(900, Float.NEGATIVE_INFINITY);
        assertRefusedNaming(folderWith("some-inf", new ImagePlus("some-inf", some)), "with-inf", "some-inf.tif");
    }

    @Test
    void aMaskFolderOfBackgroundOnlyIsRefusedByName() throws Exception {
        Path images = CleanImageFolder.create(temp.resolve("seg-images"));
        Path masks = Files.createDirectories(temp.resolve("empty-masks"));
        try (var files = Files.list(images)) {
            for (Path image : files.toList()) IJ.saveAsTiff(new ImagePlus("mask", new ByteProcessor(96, 96)), masks.resolve(image.getFileName()).toString());
        }
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        TrainRequest request = TrainRequest.builder("segment", images, "no-objects").targets(masks)
                .epochs(1).steps(4).batch(2).patch(32).validation(0.34).seed(3).build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new TrainModel(registry).train(request, "cpu", TrainingProgress.NONE));
        assertTrue(refused.getMessage().contains("empty-masks"), refused.getMessage());
        assertFalse(Files.exists(temp.resolve("models").resolve("no-objects")));
    }
}
