package org.neuralij.task.train;

import ij.IJ;
import ij.ImagePlus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.GenerateImages;
import org.neuralij.task.Latents;
import org.neuralij.task.TaskProgress;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Train Model task=generate learns a simple distribution, and Generate Images samples what it learnt. */
@Tag("slow")
class GenerationTrainingTest {

    @TempDir
    Path temp;

    @Test
    void generatedDiscsHaveTheRadiiOfTheTrainingDiscs() throws Exception {
        Path folder = DiscFolder.write(temp.resolve("discs"), 160, 11);
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        TrainRequest request = TrainRequest.builder("generate", folder, "discs").loss("wgan-gp").epochs(2).steps(300).batch(32)
                .patch(DiscFolder.SIZE).learningRate(5e-4f).build();
        TrainModel.Outcome outcome = new TrainModel(registry).train(request, "cpu", TrainingProgress.NONE);
        assertEquals(2, outcome.epochsDone());
        ModelManifest manifest = registry.find("discs").manifest();
        assertEquals(ModelKind.GENERATE, manifest.task());
        assertTrue(outcome.quality().contains("pixel-value distance"), outcome.quality());

        ImagePlus generated = new GenerateImages(registry).run("discs", 256, Latents.Walk.of(1, false, 0), "cpu", TaskProgress.NONE);
        assertEquals(8, generated.getBitDepth(), "8-bit training images give 8-bit images");
        assertEquals(DiscFolder.SIZE, generated.getWidth());
        assertEquals(256, generated.getStackSize());

        ImagePlus training = IJ.openImage(folder.resolve("disc-000.tif").toString());
        ij.ImageStack real = new ij.ImageStack(DiscFolder.SIZE, DiscFolder.SIZE);
        for (int i = 0; i < 160; i++) real.addSlice(IJ.openImage(folder.resolve(String.format("disc-%03d.tif", i)).toString()).getProcessor());
        double[] realRadii = DiscFolder.radii(new ImagePlus("real", real));
        double[] radii = DiscFolder.radii(generated);
        double realMean = DiscFolder.mean(realRadii);
        double mean = DiscFolder.mean(radii);
        double realSpread = DiscFolder.spread(realRadii);
        double spread = DiscFolder.spread(radii);
        String figures = String.format("generated radii %.2f ± %.2f, training radii %.2f ± %.2f", mean, spread, realMean, realSpread);
        System.out.println("task=generate on discs: " + figures + "; " + outcome.quality());
        assertTrue(Math.abs(mean - realMean) < 0.12 * realMean, "mean radius: " + figures);
        assertTrue(spread > 0.6 * realSpread && spread < 1.6 * realSpread, "spread of the radii (no collapse to one size): " + figures);
        double[] blobShares = new double[256];
        for (int s = 1; s <= 256; s++) blobShares[s - 1] = DiscFolder.largestBlobShare((byte[]) generated.getStack().getPixels(s));
        Arrays.sort(blobShares);
        // after 600 steps a few isolated pixels of the transposed convolutions' grid still pass the threshold
        assertTrue(blobShares[128] > 0.8, "most images hold one disc: median share of the largest blob " + blobShares[128]);
        assertTrue(outcome.quality().contains("epoch 2"), outcome.quality());
        assertEquals(8, training.getBitDepth());
    }
}
