package org.neuralij.task;

import ij.IJ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.Fixtures;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a command says when a model does not fit: the models that fit, else the conversion that would make one fit, else how to get one. */
class ModelRequirementTest {

    @TempDir
    Path models;

    /** The tiny TorchScript U-Net fixture under another name, task and channel count. */
    private ModelManifest model(String name, String task, int channels) throws Exception {
        Path folder = Files.move(Fixtures.copy("tiny-unet", models.resolve(".copy-" + name)), models.resolve(name));
        Path manifest = folder.resolve(ModelManifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replace("\"tiny-unet\"", "\"" + name + "\"").replace("\"task\": \"run\"", "\"task\": \"" + task + "\"")
                .replace("\"channels\": 1", "\"channels\": " + channels));
        return ModelManifest.read(manifest);
    }

    @Test
    void aGrayImageGivenToACommandWhoseModelsAreRgbIsToldToConvertToRgb() throws Exception {
        ModelManifest denoiser = model("gray-denoiser", "denoise", 1);
        model("rgb-style", "style", 3);
        ModelRegistry registry = new ModelRegistry(List.of(models));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ModelRequirement.tasks(ModelKind.STYLE).withExactChannels().check(denoiser, IJ.createImage("cells", "8-bit ramp", 32, 32, 1), registry));
        assertEquals("'gray-denoiser' is a denoise model, not a style model. No installed style model takes 1 channel (grayscale): "
                + "convert the image to RGB (Image › Type › RGB Color) or install such a model.", refused.getMessage());
    }

    @Test
    void withoutAnyModelOfTheCommandTheMessageSaysHowToGetOne() throws Exception {
        ModelManifest denoiser = model("gray-denoiser", "denoise", 1);
        ModelRegistry registry = new ModelRegistry(List.of(models));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ModelRequirement.tasks(ModelKind.TRANSLATE).check(denoiser, IJ.createImage("photo", "RGB ramp", 32, 32, 1), registry));
        assertEquals("'gray-denoiser' is a denoise model, not a translate model. No installed translate model takes 3 channels (RGB): "
                + "train one with Train Model... or install one with Install Model...", refused.getMessage());
    }
}
