package org.neuralij.task.train;

import ij.IJ;
import ij.ImagePlus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RunModel;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.neuralij.train.loop.SupervisedTrainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Train Model end to end in the task layer: folders in, a model out that Run Model can use at once. */
@Tag("slow")
class TrainModelTest {

    @TempDir
    Path temp;

    private Path cleanFolder() throws Exception {
        return CleanImageFolder.create(temp.resolve("clean"));
    }

    private TrainRequest request(Path images, Path targets, String architecture, String name, String base) {
        return TrainRequest.builder("denoise", images, name).targets(targets).crappify("gauss=0.05-0.15").architecture(architecture)
                .epochs(2).steps(6).batch(4).patch(32).learningRate(1e-3f).base(base).validation(0.34).seed(7).build();
    }

    @Test
    void restoreWritesThreeNumbersOnEachImageUnlessToldOtherwise() throws Exception {
        TrainRequest defaults = TrainRequest.builder("restore", cleanFolder(), "my-restorer").build();
        assertEquals("jpeg=10-70,text,text,text,gauss=0.01-0.05", defaults.degradation());
        assertTrue(defaults.macroLine().contains("crappify=[jpeg=10-70,text,text,text,gauss=0.01-0.05]"), defaults.macroLine());
        assertEquals("jpeg=30", TrainRequest.builder("restore", cleanFolder(), "my-restorer").crappify("jpeg=30").build().degradation());
    }

    @Test
    void aModelTrainedFromAFolderIsListedAndRunsAtOnce() throws Exception {
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        TrainModel.Outcome outcome = new TrainModel(registry).train(request(cleanFolder(), null, "dncnn", "my-denoiser", ""), "cpu", TrainingProgress.NONE);
        assertEquals(2, outcome.state().history().size());
        assertEquals(3, Files.readAllLines(outcome.folder().resolve(SupervisedTrainer.CSV)).size());
        ModelPackage model = registry.find("my-denoiser");
        model.verifyWeights();
        ModelManifest manifest = model.manifest();
        assertTrue(manifest.provenance().recipe().startsWith("run(\"Train Model...\", \"task=denoise"), manifest.provenance().recipe());
        assertTrue(manifest.provenance().quality().contains("against"), manifest.provenance().quality());
        ImagePlus noisy = IJ.createImage("noisy", "8-bit ramp", 80, 60, 1);
        ImagePlus result = new RunModel(registry).run(noisy, "my-denoiser", TilingOptions.automatic(), "cpu", TaskProgress.NONE);
        assertEquals(8, result.getBitDepth());
        assertEquals(80, result.getWidth());
    }

    @Test
    void aUNetTrainsAndAModelCanBeFineTunedFromAnother() throws Exception {
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        Path clean = cleanFolder();
        new TrainModel(registry).train(request(clean, null, "unet-attention", "unet-base", ""), "cpu", TrainingProgress.NONE);
        ModelManifest unet = registry.find("unet-base").manifest();
        assertEquals("unet", unet.architecture().name());
        assertEquals(1.0, unet.architecture().params().get("attention"), "self-attention at the deepest scale");
        assertEquals(8, unet.input().sizeMultiple());
        TrainModel.Outcome tuned = new TrainModel(registry).train(request(clean, null, "dncnn", "unet-tuned", "unet-base"), "cpu", TrainingProgress.NONE);
        assertEquals("unet", registry.find("unet-tuned").manifest().architecture().name(), "fine-tuning keeps the base's architecture");
        assertTrue(registry.find("unet-tuned").manifest().provenance().notes().contains("fine-tuned from unet-base"));
        assertEquals(2, tuned.state().history().size());
    }

    @Test
    void theLossKeyChoosesWhatIsMinimisedAndReportedAgainstTheUnchangedInput() throws Exception {
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        Path clean = cleanFolder();
        TrainModel.Outcome l1 = new TrainModel(registry).train(request(clean, null, "dncnn", "with-l1", ""), "cpu", TrainingProgress.NONE);
        TrainRequest mseRequest = TrainRequest.builder("denoise", clean, "with-mse").crappify("gauss=0.05-0.15").loss("MSE")
                .epochs(2).steps(6).batch(4).patch(32).validation(0.34).seed(7).build();
        TrainModel.Outcome mse = new TrainModel(registry).train(mseRequest, "cpu", TrainingProgress.NONE);
        assertTrue(registry.find("with-mse").manifest().provenance().quality().startsWith("validation mse"), registry.find("with-mse").manifest().provenance().quality());
        assertTrue(registry.find("with-mse").manifest().provenance().recipe().contains(" loss=mse "));
        assertTrue(registry.find("with-l1").manifest().provenance().quality().startsWith("validation l1"));
        // Same noise, same patches: the squared error of noise of σ ≤ 0.15 (in units of the image range) is far below its absolute error.
        assertTrue(mse.inputBaseline() < 0.5 * l1.inputBaseline(), mse.inputBaseline() + " vs " + l1.inputBaseline());

        TrainRequest featureRequest = TrainRequest.builder("denoise", clean, "with-feature").crappify("gauss=0.05-0.15").loss("feature")
                .epochs(2).steps(6).batch(4).patch(32).validation(0.34).seed(7).build();
        TrainModel.Outcome feature = new TrainModel(registry).train(featureRequest, "cpu", TrainingProgress.NONE);
        assertTrue(registry.find("with-feature").manifest().provenance().quality().startsWith("validation feature"));
        assertTrue(feature.inputBaseline() > l1.inputBaseline(), "the feature loss adds feature and Gram distances to the pixel L1: "
                + feature.inputBaseline() + " vs " + l1.inputBaseline());
        assertTrue(feature.state().bestValidationLoss() < feature.inputBaseline(), "learnt: " + feature.state().bestValidationLoss());
        IllegalArgumentException featuresWithoutLoss = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("denoise", clean, "x").features("vgg.pt").build());
        assertTrue(featuresWithoutLoss.getMessage().contains("loss=feature"), featuresWithoutLoss.getMessage());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> new TrainModel(registry).train(
                TrainRequest.builder("denoise", clean, "bad-loss").loss("dice").epochs(1).steps(1).batch(1).patch(32).build(), "cpu", TrainingProgress.NONE));
        assertTrue(unknown.getMessage().contains("loss=dice") && unknown.getMessage().contains("mse"), unknown.getMessage());
    }

    @Test
    void weightAveragingIsRecordedAndTheModelRuns() throws Exception {
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        TrainRequest request = TrainRequest.builder("denoise", cleanFolder(), "averaged").crappify("gauss=0.05-0.15").architecture("unet").swa(2)
                .epochs(2).steps(4).batch(2).patch(32).validation(0.34).seed(7).build();
        assertTrue(request.macroLine().contains(" swa=2"), request.macroLine());
        TrainModel.Outcome outcome = new TrainModel(registry).train(request, "cpu", TrainingProgress.NONE);
        assertTrue(registry.find("averaged").manifest().provenance().notes().contains("weight averaging over the last 2 epochs"));
        assertTrue(Double.isFinite(outcome.state().bestValidationLoss()));
        ImagePlus result = new RunModel(registry).run(IJ.createImage("noisy", "16-bit ramp", 40, 48, 1), "averaged", TilingOptions.automatic(), "cpu", TaskProgress.NONE);
        assertEquals(16, result.getBitDepth());
    }

    @Test
    void pairedFoldersWhoseNamesDoNotMatchAreListed() throws Exception {
        Path images = cleanFolder();
        Path targets = Files.createDirectories(temp.resolve("targets"));
        Files.copy(images.resolve("brick.tif"), targets.resolve("brick.tif"));
        Files.copy(images.resolve("coins.tif"), targets.resolve("other.tif"));
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new TrainModel(registry).train(request(images, targets, "dncnn", "paired", ""), "cpu", TrainingProgress.NONE));
        assertTrue(failure.getMessage().contains("coins") && failure.getMessage().contains("other"), failure.getMessage());
    }

    @Test
    void badRequestsAreExplainedBeforeAnythingIsRead() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        IllegalArgumentException noImages = assertThrows(IllegalArgumentException.class,
                () -> new TrainModel(registry).train(request(empty, null, "dncnn", "x", ""), "cpu", TrainingProgress.NONE));
        assertTrue(noImages.getMessage().toLowerCase().contains("no image"), noImages.getMessage());
        IllegalArgumentException task = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("segment", empty, "x").architecture("dncnn")
                        .epochs(1).steps(1).batch(1).patch(32).learningRate(1e-3f).validation(0.1).seed(1).build());
        assertTrue(task.getMessage().contains("task=segment"), task.getMessage());
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("denoise", empty, "../evil").architecture("dncnn")
                        .epochs(1).steps(1).batch(1).patch(32).learningRate(1e-3f).validation(0.1).seed(1).build());
        assertTrue(name.getMessage().contains("name=../evil"), name.getMessage());
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("denoise", empty, "x").learningRate(-1).build());
        assertTrue(rate.getMessage().contains("lr=-1"), rate.getMessage());
        IllegalArgumentException averaging = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("denoise", empty, "x").epochs(3).swa(4).build());
        assertTrue(averaging.getMessage().contains("swa=4") && averaging.getMessage().contains("epochs=3"), averaging.getMessage());
        IllegalArgumentException patch = assertThrows(IllegalArgumentException.class,
                () -> new TrainModel(registry).train(TrainRequest.builder("denoise", cleanFolder(), "odd").architecture("unet")
                        .epochs(1).steps(2).batch(2).patch(36).learningRate(1e-3f).validation(0.34).seed(1).build(),
                        "cpu", TrainingProgress.NONE));
        assertTrue(patch.getMessage().contains("patch=36") && patch.getMessage().contains("multiple of 8"), patch.getMessage());
    }

    /** The TorchScript fixture tiny-unet, declared with percentile normalisation so that training may fine-tune it. */
    private ModelRegistry registryWithPercentileTinyUnet() throws Exception {
        Path models = Files.createDirectories(temp.resolve("models"));
        Path manifest = org.neuralij.model.Fixtures.copy("tiny-unet", models).resolve("model.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"method\": \"none\"", "\"method\": \"percentile\""));
        return new ModelRegistry(List.of(models));
    }

    @Test
    void anImportedTorchScriptModelIsFineTunedAndSavedAsTorchScript() throws Exception {
        ModelRegistry registry = registryWithPercentileTinyUnet();
        new TrainModel(registry).train(request(cleanFolder(), null, "dncnn", "tiny-tuned", "tiny-unet"), "cpu", TrainingProgress.NONE);
        ModelPackage tuned = registry.find("tiny-tuned");
        assertTrue(tuned.manifest().architecture().isTorchScript());
        assertTrue(tuned.weightsFile().toString().endsWith(".pt"));
        ImagePlus probe = IJ.createImage("probe", "32-bit ramp", 40, 30, 1);
        ImagePlus before = new RunModel(registry).run(probe, "tiny-unet", TilingOptions.automatic(), "cpu", TaskProgress.NONE);
        ImagePlus after = new RunModel(registry).run(probe, "tiny-tuned", TilingOptions.automatic(), "cpu", TaskProgress.NONE);
        float[] a = (float[]) before.getProcessor().getPixels();
        float[] b = (float[]) after.getProcessor().getPixels();
        double change = 0;
        for (int i = 0; i < a.length; i++) change += Math.abs(a[i] - b[i]);
        assertTrue(change > 0, "fine-tuning changed the network");
    }

    @Test
    void aBaseModelWithAnotherNormalisationIsRefused() throws Exception {
        Path models = Files.createDirectories(temp.resolve("models"));
        org.neuralij.model.Fixtures.copy("tiny-unet", models);
        ModelRegistry registry = new ModelRegistry(List.of(models));
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new TrainModel(registry).train(request(cleanFolder(), null, "dncnn", "x", "tiny-unet"), "cpu", TrainingProgress.NONE));
        assertTrue(failure.getMessage().contains("'none' normalisation"), failure.getMessage());
    }

    @Test
    void aStoppedTorchScriptFineTuningResumesFromItsCheckpoint() throws Exception {
        ModelRegistry registry = registryWithPercentileTinyUnet();
        org.neuralij.train.loop.StopAfter stopAfterSeven = org.neuralij.train.loop.StopAfter.step(7);
        TrainModel.Outcome stopped = new TrainModel(registry).train(request(cleanFolder(), null, "dncnn", "tiny-resumed", "tiny-unet"), "cpu", stopAfterSeven);
        assertEquals(7, stopped.state().globalStep());
        TrainModel.Outcome resumed = new TrainModel(registry).train(request(cleanFolder(), null, "dncnn", "tiny-resumed", "tiny-unet"), "cpu", TrainingProgress.NONE);
        assertEquals(12, resumed.state().globalStep());
        assertEquals(2, resumed.state().history().size());
    }

    @Test
    void aNoGanFinishReplacesTheModelWithTheAdversariallyTrainedGenerator() throws Exception {
        ModelRegistry registry = new ModelRegistry(List.of(temp.resolve("models")));
        TrainRequest request = TrainRequest.builder("restore", cleanFolder(), "with-gan").crappify("gauss=0.05-0.15").architecture("dncnn")
                .epochs(2).steps(6).batch(4).patch(32).learningRate(1e-3f).validation(0.34).seed(7).gan(6).build();
        new TrainModel(registry).train(request, "cpu", TrainingProgress.NONE);
        ModelManifest manifest = registry.find("with-gan").manifest();
        assertEquals("1.3", manifest.version(), "the version after the two epochs and the finish");
        assertTrue(manifest.provenance().notes().contains("NoGAN finish"), manifest.provenance().notes());
        assertTrue(manifest.provenance().recipe().contains("gan=6"), manifest.provenance().recipe());
        registry.find("with-gan").verifyWeights();
        ImagePlus result = new RunModel(registry).run(IJ.createImage("probe", "8-bit ramp", 64, 48, 1), "with-gan", TilingOptions.automatic(), "cpu", TaskProgress.NONE);
        assertEquals(64, result.getWidth());
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class, () -> new TrainModel(registry).train(
                TrainRequest.builder("restore", cleanFolder(), "small-gan").crappify("gauss=0.05-0.15").architecture("dncnn")
                        .epochs(1).steps(2).batch(2).patch(16).learningRate(1e-3f).validation(0.34).seed(7).gan(4).build(), "cpu", TrainingProgress.NONE));
        assertTrue(small.getMessage().contains("gan= needs patch=32"), small.getMessage());
    }
}
