package org.neuralij.task.train;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.process.ByteProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.HoleMask;
import org.neuralij.task.InpaintTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Train Model with task=inpaint: clean images in, holes cut by crappify, a model out that Inpaint accepts. */
class InpaintTrainingTest {

    @TempDir
    Path temp;

    @Test
    void anInpaintingTrainingSavesAModelOfImagePlusMaskThatInpaintRuns() throws Exception {
        Path clean = CleanImageFolder.create(temp.resolve("clean"));
        TrainRequest request = TrainRequest.builder("inpaint", clean, "my-inpainter").crappify("holes=2-4/4-10").epochs(1).steps(3).batch(2).patch(32).build();
        assertEquals("unet", request.architecture(), "a U-Net by default");
        TrainModel.Outcome outcome = new TrainModel(new ModelRegistry(List.of(temp.resolve("models")))).train(request, "cpu", TrainingProgress.NONE);
        ModelManifest manifest = ModelPackage.open(outcome.folder()).manifest();
        assertEquals(ModelKind.INPAINT, manifest.task());
        assertEquals(2, manifest.input().channels(), "gray image + hole mask");
        assertEquals(1, manifest.output().channels());
        assertTrue(manifest.provenance().quality().contains("diffusion (harmonic) fill"), manifest.provenance().quality());
        assertTrue(manifest.provenance().recipe().contains("task=inpaint") && manifest.provenance().recipe().contains("holes=2-4/4-10"), manifest.provenance().recipe());

        ImagePlus photo = new ImagePlus("photo", new ByteProcessor(70, 50));
        for (int i = 0; i < 70 * 50; i++) photo.getProcessor().set(i, (i * 7) % 200);
        photo.setRoi(new OvalRoi(20, 10, 20, 16));
        HoleMask hole = HoleMask.fromSelection(photo);
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(outcome.folder()), "cpu")) {
            ImagePlus filled = new InpaintTask(network, TilingOptions.automatic(), TaskProgress.NONE).run(photo, hole);
            for (int i = 0; i < 70 * 50; i++) {
                if (!hole.contains(i)) assertEquals(photo.getProcessor().get(i), filled.getProcessor().get(i), "outside the hole, pixel " + i);
            }
        }
    }

    @Test
    void inpaintingNeedsHolesCleanImagesAndAUNet() {
        Path images = temp.resolve("images");
        assertMessage(() -> TrainRequest.builder("inpaint", images, "x").crappify("gauss=0.1").build(), "cuts no holes", "holes=");
        assertMessage(() -> TrainRequest.builder("inpaint", images, "x").targets(temp).build(), "leave out targets=");
        assertMessage(() -> TrainRequest.builder("inpaint", images, "x").gan(10).build(), "gan=");
        assertMessage(() -> TrainableNetwork.inpainting("dncnn", 2, 1), "architecture=unet");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable action, String... parts) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, action);
        for (String part : parts) assertTrue(failure.getMessage().contains(part), failure.getMessage());
    }
}
