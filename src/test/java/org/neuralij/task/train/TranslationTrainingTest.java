package org.neuralij.task.train;

import ij.IJ;
import ij.ImagePlus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.image.Preview;
import org.neuralij.model.Direction;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.RunModelTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.neuralij.train.loop.StopAfter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Train Model task=translate: two unpaired folders in, one CycleGAN model with both directions out. */
class TranslationTrainingTest {

    @TempDir
    Path temp;

    private Path domainA() throws Exception {
        return BlobFolders.create(temp.resolve("bright-blobs"), 3, 48, true, 1);
    }

    private Path domainB() throws Exception {
        return BlobFolders.create(temp.resolve("dark-blobs"), 3, 48, false, 2);
    }

    private static TrainRequest request(Path a, Path b, String name) {
        return TrainRequest.builder("translate", a, name).domainB(b).epochs(2).steps(3).batch(1).patch(32).validation(0.34).seed(5).build();
    }

    private ModelRegistry registry() {
        return new ModelRegistry(List.of(temp.resolve("models")));
    }

    @Test
    void aTranslationModelHoldsBothGeneratorsAndTranslatesBothWays() throws Exception {
        Path a = domainA();
        Path b = domainB();
        List<Preview> previews = new ArrayList<>();
        TrainingProgress watching = new TrainingProgress() {
            @Override
            public void epochDone(EpochSummary record, int epochs, Preview preview) {
                previews.add(preview);
            }
        };
        TrainModel.Outcome outcome = new TrainModel(registry()).train(request(a, b, "blobs"), "cpu", watching);
        assertEquals(2, outcome.state().history().size());
        assertEquals(2, previews.size());
        assertEquals(3 * 32 + 4, previews.get(1).width(), "real, translated and reconstructed side by side");
        assertEquals(2 * 32 + 2, previews.get(1).height(), "one row per domain");

        ModelPackage model = registry().find("blobs");
        model.verifyWeights();
        ModelManifest manifest = model.manifest();
        assertEquals(ModelKind.TRANSLATE, manifest.task());
        assertEquals("weights-2.params", manifest.weights().file());
        assertEquals("reverse-2.params", manifest.reverse().file());
        try (Stream<Path> files = Files.list(model.folder())) {
            assertEquals(2, files.filter(file -> file.toString().endsWith(".params")).count(), "the first epoch's files are gone");
        }
        assertEquals("-1..1", manifest.input().normalization().range());
        assertTrue(manifest.provenance().quality().contains("held-out") && manifest.provenance().quality().contains("A→B→A")
                && manifest.provenance().quality().contains("Gaussian blur"), manifest.provenance().quality());
        assertEquals(manifest.provenance().quality(), outcome.quality());
        assertTrue(manifest.provenance().notes().contains("latest epoch"), manifest.provenance().notes());
        assertTrue(manifest.provenance().recipe().contains("task=translate images=[" + a + "] domain_b=[" + b + "]"), manifest.provenance().recipe());
        assertTrue(manifest.provenance().recipe().contains("lr=2.0E-4"), "CycleGAN's learning rate by default: " + manifest.provenance().recipe());

        ImagePlus input = IJ.createImage("bright", "8-bit ramp", 50, 38, 1);
        ImagePlus translated;
        try (LoadedNetwork toB = NetworkLoader.load(model, "cpu", Direction.A_TO_B)) {
            translated = new RunModelTask(toB, TilingOptions.automatic(), TaskProgress.NONE).run(input);
        }
        ImagePlus back;
        try (LoadedNetwork toA = NetworkLoader.load(model, "cpu", Direction.B_TO_A)) {
            back = new RunModelTask(toA, TilingOptions.automatic(), TaskProgress.NONE).run(translated);
        }
        for (ImagePlus result : List.of(translated, back)) {
            assertEquals(50, result.getWidth());
            assertEquals(38, result.getHeight());
            assertEquals(8, result.getBitDepth());
        }
    }

    @Test
    void aStoppedTranslationTrainingResumesToTheWeightsOfAnUninterruptedOne() throws Exception {
        Path a = domainA();
        Path b = domainB();
        new TrainModel(registry()).train(request(a, b, "straight"), "cpu", TrainingProgress.NONE);
        TrainModel.Outcome stopped = new TrainModel(registry()).train(request(a, b, "resumed"), "cpu", StopAfter.step(4));
        assertEquals(4, stopped.state().globalStep());
        TrainModel.Outcome resumed = new TrainModel(registry()).train(request(a, b, "resumed"), "cpu", TrainingProgress.NONE);
        assertEquals(6, resumed.state().globalStep());
        Path straight = registry().find("straight").folder();
        Path again = registry().find("resumed").folder();
        for (String file : List.of("weights-2.params", "reverse-2.params")) {
            assertArrayEquals(Files.readAllBytes(straight.resolve(file)), Files.readAllBytes(again.resolve(file)), file + " differs after a resume");
        }
    }

    @Test
    void badTranslationRequestsSayWhatToDo() throws Exception {
        Path a = domainA();
        assertMessage(() -> TrainRequest.builder("translate", a, "x").build(), "task=translate needs domain_b=");
        assertMessage(() -> TrainRequest.builder("denoise", a, "x").domainB(a).build(), "domain_b= is for task=translate", "leave it out");
        assertMessage(() -> TrainRequest.builder("translate", a, "x").domainB(a).targets(a).build(), "leave out targets= and masks=");
        assertMessage(() -> TrainRequest.builder("translate", a, "x").domainB(a).architecture("unet").build(), "architecture=unet", "resnet-generator");
        assertMessage(() -> TrainRequest.builder("translate", a, "x").domainB(a).gan(10).build(), "gan= does not apply to task=translate");
        assertMessage(() -> TrainRequest.builder("translate", a, "x").domainB(a).identity(-0.5).build(), "identity=-0.5", "0 or more");
        assertMessage(() -> TrainRequest.builder("denoise", a, "x").identity(0).build(), "identity=0.0", "leave it out for task=denoise");
        assertEquals(0.5, TrainRequest.builder("translate", a, "x").domainB(a).build().identity(), "the course's identity weight by default");
        assertTrue(TrainRequest.builder("translate", a, "x").domainB(a).identity(0).build().macroLine().contains("identity=0.0"),
                "the recipe line repeats the identity weight");

        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertMessage(() -> train(a, empty, 32), "Domain B (domain_b=)", "holds no image");
        Path small = BlobFolders.create(temp.resolve("small"), 2, 24, false, 3);
        assertMessage(() -> train(a, small, 32), "Domain B (domain_b=)", "smaller than the 32x32 px patch", "at most 24");
        assertMessage(() -> train(a, a, 30), "patch=30", "multiple of 4");
        Path mixed = Files.createDirectories(temp.resolve("mixed"));
        IJ.saveAsTiff(IJ.createImage("gray", "8-bit ramp", 40, 40, 1), mixed.resolve("gray.tif").toString());
        IJ.saveAsTiff(IJ.createImage("colour", "RGB ramp", 40, 40, 1), mixed.resolve("colour.tif").toString());
        assertMessage(() -> train(mixed, a, 32), "Domain A (images=)", "mixes images", "Convert all its images to one type");
    }

    private void train(Path a, Path b, int patch) throws Exception {
        new TrainModel(registry()).train(TrainRequest.builder("translate", a, "bad").domainB(b).epochs(1).steps(1).batch(1).patch(patch).build(),
                "cpu", TrainingProgress.NONE);
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable action, String... parts) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, action);
        for (String part : parts) assertTrue(failure.getMessage().contains(part), "expected \"" + part + "\" in: " + failure.getMessage());
    }
}
