package org.neuralij.task.train;

import ij.ImagePlus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.GenerateImages;
import org.neuralij.task.Latents;
import org.neuralij.task.TaskProgress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generate Images on a generator of a few steps: what it makes, that seeds repeat, interpolation's ends, and what it refuses. */
class GenerateImagesTest {

    @TempDir
    static Path temp;
    private static ModelRegistry registry;
    private static Path discs;

    @BeforeAll
    static void trainBriefly() throws Exception {
        discs = DiscFolder.write(temp.resolve("discs"), 12, 3);
        registry = new ModelRegistry(List.of(temp.resolve("models")));
        new TrainModel(registry).train(TrainRequest.builder("generate", discs, "few-steps").epochs(1).steps(2).batch(4).patch(16).build(), "cpu", TrainingProgress.NONE);
    }

    private static ImagePlus generate(int count, Latents.Walk walk) throws Exception {
        return new GenerateImages(registry).run("few-steps", count, walk, "cpu", TaskProgress.NONE);
    }

    @Test
    void aStackOfTheTrainingImagesTypeAndSizeWhoseImagesDependOnlyOnSeedAndNumber() throws Exception {
        ImagePlus four = generate(4, Latents.Walk.of(7, false, 0));
        assertEquals(8, four.getBitDepth());
        assertEquals(16, four.getWidth());
        assertEquals(16, four.getHeight());
        assertEquals(4, four.getStackSize());
        assertEquals("few-steps-seed7", four.getTitle());
        assertTrue(((String) four.getProperty("Info")).contains("seed=7"));
        ImagePlus one = generate(1, Latents.Walk.of(7, false, 0));
        assertArrayEquals((byte[]) four.getStack().getPixels(1), (byte[]) one.getStack().getPixels(1), "image 1 of seed 7, whatever count= is");
        ImagePlus again = generate(4, Latents.Walk.of(7, false, 0));
        for (int s = 1; s <= 4; s++) assertArrayEquals((byte[]) four.getStack().getPixels(s), (byte[]) again.getStack().getPixels(s), "slice " + s + " repeats");
        ImagePlus other = generate(1, Latents.Walk.of(8, false, 0));
        assertFalse(java.util.Arrays.equals((byte[]) one.getStack().getPixels(1), (byte[]) other.getStack().getPixels(1)), "another seed, another image");
    }

    @Test
    void anInterpolationStartsAndEndsAtTheFirstImagesOfItsTwoSeeds() throws Exception {
        ImagePlus walk = generate(5, Latents.Walk.of(3, true, 9));
        assertEquals("few-steps-seed3-to-9", walk.getTitle());
        assertArrayEquals((byte[]) generate(1, Latents.Walk.of(3, false, 0)).getStack().getPixels(1), (byte[]) walk.getStack().getPixels(1));
        assertArrayEquals((byte[]) generate(1, Latents.Walk.of(9, false, 0)).getStack().getPixels(1), (byte[]) walk.getStack().getPixels(5));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> generate(1, Latents.Walk.of(3, true, 9))).getMessage().contains("at least 2 images"));
    }

    @Test
    void noModelOrAModelThatIsNoGeneratorIsRefusedNamingTheInstalledGenerators() throws Exception {
        String missing = assertThrows(IllegalArgumentException.class,
                () -> new GenerateImages(registry).run("", 1, Latents.Walk.of(1, false, 0), "cpu", TaskProgress.NONE)).getMessage();
        assertTrue(missing.contains("task=generate") && missing.contains("installed: few-steps"), missing);
        new TrainModel(registry).train(TrainRequest.builder("denoise", discs, "a-denoiser").epochs(1).steps(1).batch(1).patch(16).build(), "cpu", TrainingProgress.NONE);
        String wrong = assertThrows(IllegalArgumentException.class,
                () -> new GenerateImages(registry).run("a-denoiser", 1, Latents.Walk.of(1, false, 0), "cpu", TaskProgress.NONE)).getMessage();
        assertTrue(wrong.contains("is a denoise model, not a generator"), wrong);
    }

    @Test
    void trainModelRefusesKeysThatMeanNothingForAGenerator() {
        Path images = discs;
        assertTrue(refusal(TrainRequest.builder("generate", images, "g").patch(24)).contains("power of 2"));
        assertTrue(refusal(TrainRequest.builder("generate", images, "g").patch(16).crappify("gauss=0.1")).contains("crappify= does not apply"));
        assertTrue(refusal(TrainRequest.builder("generate", images, "g").patch(16).targets(images)).contains("no targets"));
        assertTrue(refusal(TrainRequest.builder("generate", images, "g").patch(16).architecture("unet")).contains("trains the dcgan"));
        assertTrue(refusal(TrainRequest.builder("generate", images, "g").patch(16).loss("l1")).contains("loss=wgan or loss=wgan-gp"));
        assertTrue(refusal(TrainRequest.builder("generate", images, "g").patch(16).gan(10)).startsWith("gan= does not apply to task=generate"));
        TrainRequest defaults = TrainRequest.builder("generate", images, "g").patch(16).build();
        assertEquals("wgan", defaults.loss());
        assertEquals(1e-4f, defaults.learningRate());
        assertTrue(defaults.macroLine().contains("task=generate") && defaults.macroLine().contains("loss=wgan") && !defaults.macroLine().contains("crappify"),
                defaults.macroLine());
    }

    @Test
    void aFolderOfImagesOfOneValueIsRefused() throws Exception {
        Path flat = Files.createDirectories(temp.resolve("flat"));
        ij.IJ.saveAsTiff(new ImagePlus("flat", new ij.process.FloatProcessor(16, 16)), flat.resolve("flat.tif").toString());
        String message = assertThrows(IllegalArgumentException.class, () -> new TrainModel(registry).train(
                TrainRequest.builder("generate", flat, "flat").epochs(1).steps(1).batch(1).patch(16).build(), "cpu", TrainingProgress.NONE)).getMessage();
        assertTrue(message.contains("all of one value"), message);
        assertFalse(Files.exists(registry.userFolder().resolve("flat")), "a failed training leaves no folder");
    }

    private static String refusal(TrainRequest.Builder builder) {
        return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
    }

}
