package org.neuralij.task.train;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.OutputKind;
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

/** Train Model with task=segment: images and label masks in, a labels model out that separates bright discs from a noisy background. */
@Tag("slow")
class SegmentationTrainingTest {

    @TempDir
    Path temp;

    /** A noisy image of bright discs and its mask (0 background, 1 disc). */
    private static ImagePlus[] discs(long seed) {
        Random random = new Random(seed);
        ByteProcessor image = new ByteProcessor(96, 96);
        ByteProcessor mask = new ByteProcessor(96, 96);
        for (int disc = 0; disc < 6; disc++) {
            int cx = 10 + random.nextInt(76);
            int cy = 10 + random.nextInt(76);
            int r = 5 + random.nextInt(6);
            for (int y = 0; y < 96; y++)
                for (int x = 0; x < 96; x++)
                    if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) mask.set(x, y, 1);
        }
        for (int i = 0; i < 96 * 96; i++) image.set(i, (int) Math.max(0, Math.min(255, 60 + 120 * mask.get(i) + 25 * random.nextGaussian())));
        return new ImagePlus[] {new ImagePlus("image", image), new ImagePlus("mask", mask)};
    }

    private Path[] folders(int count, int wrongLabel) throws Exception {
        Path images = Files.createDirectories(temp.resolve("images" + wrongLabel));
        Path masks = Files.createDirectories(temp.resolve("masks" + wrongLabel));
        for (int i = 0; i < count; i++) {
            ImagePlus[] pair = discs(i);
            if (wrongLabel > 0 && i == 0) pair[1].getProcessor().set(3, 3, wrongLabel);
            IJ.saveAsTiff(pair[0], images.resolve("cells" + i + ".tif").toString());
            IJ.saveAsTiff(pair[1], masks.resolve("cells" + i + ".tif").toString());
        }
        return new Path[] {images, masks};
    }

    private static TrainRequest request(Path[] folders, String name, String base) {
        return TrainRequest.builder("segment", folders[0], name).targets(folders[1])
                .epochs(4).steps(20).batch(4).patch(32).learningRate(3e-3f).base(base).validation(0.25).seed(5).build();
    }

    @Test
    void aSegmentationModelLearnsToFindTheDiscs() throws Exception {
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        TrainRequest request = TrainRequest.builder("segment", folders(4, 0)[0], "discs").targets(folders(4, 0)[1]).loss("cross-entropy+dice")
                .epochs(4).steps(20).batch(4).patch(32).learningRate(3e-3f).validation(0.25).seed(5).build();
        new TrainModel(registry).train(request, "cpu", TrainingProgress.NONE);
        ModelManifest manifest = registry.find("discs").manifest();
        assertTrue(manifest.provenance().quality().startsWith("validation cross-entropy+dice"), manifest.provenance().quality());
        assertEquals(OutputKind.LABELS, manifest.output().kind());
        assertEquals(2, manifest.output().channels());
        assertEquals(ModelKind.SEGMENT, manifest.task());
        ImagePlus[] test = discs(99);
        ImagePlus labels = new RunModel(registry).run(test[0], "discs", TilingOptions.automatic(), "cpu", TaskProgress.NONE);
        assertEquals(16, labels.getBitDepth());
        int intersection = 0;
        int union = 0;
        for (int i = 0; i < 96 * 96; i++) {
            boolean predicted = labels.getProcessor().get(i) == 1;
            boolean truth = test[1].getProcessor().get(i) == 1;
            if (predicted && truth) intersection++;
            if (predicted || truth) union++;
        }
        double iou = intersection / (double) union;
        assertTrue(iou > 0.7, "IoU of the discs " + iou);
    }

    @Test
    void masksWithLabelsOutsideTheBaseModelsClassesAreRefused() throws Exception {
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        new TrainModel(registry).train(TrainRequest.builder("segment", folders(3, 0)[0], "two-classes").targets(folders(3, 0)[1])
                .epochs(1).steps(2).batch(2).patch(32).learningRate(1e-3f).validation(0.34).seed(5).build(),
                "cpu", TrainingProgress.NONE);
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new TrainModel(registry).train(request(folders(3, 5), "tuned", "two-classes"), "cpu", TrainingProgress.NONE));
        assertTrue(failure.getMessage().contains("label 5.0") && failure.getMessage().contains("2 classes"), failure.getMessage());
    }

    @Test
    void segmentationWithoutMasksSaysWhatIsMissing() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("segment", temp, "x")
                        .epochs(1).steps(1).batch(1).patch(32).learningRate(1e-3f).validation(0.1).seed(1).build());
        assertTrue(failure.getMessage().contains("masks="), failure.getMessage());
    }
}
