package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The plugin in the real ImageJ 1.x, driven by macros exactly as users write them. */
class ImageJMacroIT {

    @TempDir
    Path userModels;
    @TempDir
    Path work;

    private ImageJRunner imagej() {
        return new ImageJRunner(userModels);
    }

    @Test
    void theDemoMacroDenoisesTheNoisyMicrographAndSavesTheResult() throws Exception {
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/demo.ijm"), null);
        Matcher psnr = Pattern.compile("noisy (\\d+\\.\\d+) dB, denoised (\\d+\\.\\d+) dB").matcher(run.output());
        assertTrue(psnr.find(), run.output());
        double noisy = Double.parseDouble(psnr.group(1));
        double denoised = Double.parseDouble(psnr.group(2));
        assertTrue(denoised > noisy + 6, "denoised " + denoised + " dB against noisy " + noisy + " dB");
        Path output = ImageJRunner.PROJECT.resolve("target/demo/cell-noisy-denoise-gray.tif");
        ImagePlus saved = IJ.openImage(output.toString());
        assertEquals(8, saved.getBitDepth());
        assertEquals(550, saved.getWidth());
        assertEquals(660, saved.getHeight());
    }

    @Test
    void runModelWorksOnEveryImageTypeAndLeavesTheInputUnchanged() throws Exception {
        String macro = String.join("\n",
                "function check(label, ok) { if (ok) print('PASS ' + label); else print('FAIL ' + label); }",
                "setBatchMode(true);",
                "types = newArray('8-bit', '16-bit', '32-bit', 'RGB');",
                "depths = newArray(8, 16, 32, 24);",
                "for (i = 0; i < types.length; i++) {",
                "  t = types[i];",
                "  newImage('in-' + t, t + ' ramp', 96, 64, 3);",
                "  setSlice(2); before = getPixel(40, 30); id = getImageID();",
                "  run('Run Model...', 'model=denoise-gray tile=48 overlap=0 device=cpu');",
                "  ok = (getImageID() != id); check(t + ' new image active', ok);",
                "  expected = 'in-' + t + '-denoise-gray'; ok = (getTitle() == expected); check(t + ' title', ok);",
                "  ok = (bitDepth() == depths[i]); check(t + ' bit depth', ok);",
                "  ok = (getWidth() == 96 && getHeight() == 64 && nSlices == 3); check(t + ' size', ok);",
                "  selectImage(id); setSlice(2);",
                "  ok = (getPixel(40, 30) == before); check(t + ' input unchanged', ok);",
                "}",
                "print('DONE');");
        ImageJRunner.Run run = imagej().macroText(macro, work);
        assertTrue(run.output().contains("DONE"), run.output());
        assertTrue(run.linesStartingWith("FAIL").isEmpty(), run.output());
        assertEquals(20, run.linesStartingWith("PASS").size(), run.output());
    }

    @Test
    void aModelInstalledFromAMacroCanBeRunByName() throws Exception {
        String macro = String.join("\n",
                "run('Install Model...', 'source=[" + Fixtures.folder("tiny-unet") + "]');",
                "newImage('probe', '32-bit ramp', 40, 30, 1);",
                "run('Run Model...', 'model=tiny-unet');",
                "print('RESULT ' + getTitle() + ' ' + getWidth() + 'x' + getHeight() + ' ' + bitDepth());");
        ImageJRunner.Run run = imagej().macroText(macro, work);
        assertTrue(run.output().contains("RESULT probe-tiny-unet 40x30 32"), run.output());
        assertTrue(Files.exists(userModels.resolve("tiny-unet/model.json")), "installed in the user folder");
    }

    @Test
    void anUnknownModelStopsTheMacroWithAMessageThatListsTheModels() throws Exception {
        String macro = String.join("\n",
                "newImage('probe', '8-bit ramp', 40, 30, 1);",
                "run('Run Model...', 'model=no-such-model');",
                "print('AFTER THE FAILED COMMAND');");
        ImageJRunner.Run run = imagej().macroText(macro, work);
        assertTrue(run.output().contains("no-such-model"), run.output());
        assertTrue(run.output().contains("denoise-gray"), "lists what exists: " + run.output());
        assertFalse(run.output().contains("AFTER THE FAILED COMMAND"), run.output());
    }

    @Test
    void theTrainingMacroTrainsAModelThatRunModelUsesRightAway() throws Exception {
        ImageJRunner.Run run = trainingMacro("train-denoiser.ijm", "clean");
        assertTrue(run.output().contains("and ran it: cell-noisy-my-denoiser 550x660 8-bit"), run.output());
        assertTrue(run.output().contains("my-denoiser: epoch 2/2"), "epochs logged: " + run.output());
        assertTrue(Files.exists(userModels.resolve("my-denoiser/training.csv")));
    }

    /** Runs a training macro of macros/ on a fresh folder of clean example images under {@code folder}. */
    private ImageJRunner.Run trainingMacro(String macro, String folder) throws Exception {
        Path clean = org.neuralij.task.train.CleanImageFolder.create(work.resolve(folder));
        return imagej().macro(ImageJRunner.PROJECT.resolve("macros").resolve(macro), clean.toString());
    }

    @Test
    void theTrainingMacroMakesItsOwnExampleFolderWhenGivenNone() throws Exception {
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/train-denoiser.ijm"), null);
        assertTrue(run.output().contains("demo-training") && run.output().contains("cell-noisy-my-denoiser"), run.output());
    }

    @Test
    void theSuperResolutionTrainingMacroRoundsItsInputsAndItsModelEnlargesTwice() throws Exception {
        ImageJRunner.Run run = trainingMacro("train-super-resolution.ijm", "clean-sr");
        assertTrue(run.output().contains("and ran it: immunohistochemistry-my-sr-2x 192x128 8-bit, pixel 0.25 micron"), run.output());
        assertTrue(run.output().contains("my-sr-2x: epoch 2/2"), "epochs logged: " + run.output());
        String manifest = Files.readString(userModels.resolve("my-sr-2x/model.json"));
        assertTrue(manifest.contains("crappify=[downscale=2,quantize=8]"), manifest);
    }

    @Test
    void theStyleMacroTrainsAStyleNetworkThatPaintsAPhoto() throws Exception {
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/train-style.ijm"), null);
        assertTrue(run.output().contains("NeuralIJ style OK: coffee-my-style 160x120 24-bit"), run.output());
        assertTrue(run.output().contains("my-style: epoch 2/2"), "epochs logged: " + run.output());
        assertTrue(Files.exists(userModels.resolve("my-style/model.json")));
    }

    @Test
    void theGenerateMacroTrainsAGeneratorAndSamplesAndInterpolatesIt() throws Exception {
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/generate.ijm"), work.resolve("generate") + ",4");
        assertTrue(run.output().contains("NeuralIJ generate OK: samples=my-discs-seed1 16x16x16 8-bit walk=my-discs-seed1-to-2 8 images"), run.output());
        assertTrue(run.output().contains("my-discs: epoch 2/2"), "epochs logged: " + run.output());
        assertTrue(Files.exists(userModels.resolve("my-discs/weights-2.params")));
    }

    @Test
    void theTranslationMacroTrainsACycleGanWhoseModelHoldsBothDirections() throws Exception {
        long started = System.nanoTime();
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/train-translation.ijm"), work.resolve("domains").toString());
        assertTrue(run.output().contains("NeuralIJ translation OK: weights=1 reverse=1 translated=blobs0-my-translation 64x64 8-bit"), run.output());
        assertTrue(run.output().contains("  my-translation [translate] " + userModels.resolve("my-translation")), "listed by List Models: " + run.output());
        assertTrue(run.output().contains("my-translation: epoch 2/2"), "epochs logged: " + run.output());
        assertTrue(Files.exists(userModels.resolve("my-translation/reverse-2.params")));
        System.out.println("translation macro: " + (System.nanoTime() - started) / 1_000_000_000 + " s");
    }

    @Test
    void theSegmentMacroSeparatesTheNucleiIntoLabelsAndRois() throws Exception {
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/segment.ijm"), null);
        Matcher labels = Pattern.compile("labels: nuclei-segment-nuclei-labels, 16-bit, 256x256x1, (\\d+) objects").matcher(run.output());
        assertTrue(labels.find(), run.output());
        Matcher truth = Pattern.compile("true nuclei: (\\d+)").matcher(run.output());
        assertTrue(truth.find(), run.output());
        int found = Integer.parseInt(labels.group(1));
        int nuclei = Integer.parseInt(truth.group(1));
        assertTrue(Math.abs(found - nuclei) <= nuclei / 5, found + " objects for " + nuclei + " nuclei");
        assertTrue(run.output().contains("rois: " + found + " in the ROI Manager, " + found + " rows in Results, mean area "), run.output());
    }

    @Test
    void segmentRefusesAModelThatDoesNotSegmentNamingOneThatDoes() throws Exception {
        String macro = String.join("\n",
                "setBatchMode(true);",
                "newImage('cells', '8-bit ramp', 64, 64, 1);",
                "run('Segment...', 'model=denoise-gray output=labels');",
                "print('NOT STOPPED');");
        ImageJRunner.Run run = imagej().macroText(macro, work);
        assertTrue(run.output().contains("'denoise-gray' is a denoise model, not a segment model. Models that fit: segment-nuclei."), run.output());
        assertFalse(run.output().contains("NOT STOPPED"), run.output());
    }

    @Test
    void theSuperResolutionMacroEnlargesTwoMicrographsTwiceAndBeatsBicubicOnBoth() throws Exception {
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/super-resolution.ijm"), null);
        assertTrue(run.output().contains("NeuralIJ super-resolution: small 256x256 -> small-sr-2x 512x512 8-bit, pixel 0.500x0.500 "), run.output());
        assertTrue(run.output().contains("NeuralIJ super-resolution: small 275x330 -> small-sr-2x 550x660 8-bit, pixel 0.500x0.500 "), run.output());
        assertBeatsBicubic(run.output(), "immunohistochemistry.png", 2);
        // the smooth cell.png: bicubic is within half a grey level already; the model must gain, not sharpen rounding into noise
        assertBeatsBicubic(run.output(), "cell.png", 1.5);
    }

    private static void assertBeatsBicubic(String output, String image, double byDecibels) {
        Matcher psnr = Pattern.compile(Pattern.quote(image) + ": PSNR against the original: bicubic (\\d+\\.\\d+) dB, sr-2x (\\d+\\.\\d+) dB").matcher(output);
        assertTrue(psnr.find(), output);
        double bicubic = Double.parseDouble(psnr.group(1));
        double model = Double.parseDouble(psnr.group(2));
        assertTrue(model > bicubic + byDecibels, image + ": sr-2x " + model + " dB against bicubic " + bicubic + " dB");
    }

    @Test
    void theRestoreMacroRemovesTheCaptionAndJpegArtefactsOfAPhoto() throws Exception {
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/restore.ijm"), null);
        assertTrue(run.output().contains("NeuralIJ restore OK: camera-caption-restore 512x512 8-bit"), run.output());
        Matcher psnr = Pattern.compile("degraded (\\d+\\.\\d+) dB, restored (\\d+\\.\\d+) dB").matcher(run.output());
        assertTrue(psnr.find(), run.output());
        double degraded = Double.parseDouble(psnr.group(1));
        double restored = Double.parseDouble(psnr.group(2));
        assertTrue(restored > degraded + 0.5, "restored " + restored + " dB against degraded " + degraded + " dB (measured: 29.53 against 28.69)");
        ImagePlus saved = IJ.openImage(ImageJRunner.PROJECT.resolve("target/restore/camera-caption-restore.tif").toString());
        assertEquals(8, saved.getBitDepth());
    }

    @Test
    void restoreImageRefusesASegmentationModelNamingTheModelsThatFit() throws Exception {
        Path segmenter = Fixtures.copy("tiny-unet", work);
        Path manifest = segmenter.resolve("model.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"task\": \"run\"", "\"task\": \"segment\""));
        String macro = String.join("\n",
                "newImage('probe', '16-bit ramp', 40, 30, 2);",
                "run('Restore Image...', 'model=[" + segmenter + "]');",
                "print('AFTER THE FAILED COMMAND');");
        ImageJRunner.Run run = imagej().macroText(macro, work);
        assertTrue(run.output().contains("is a segment model, not a denoise or restore model"), run.output());
        assertTrue(run.output().contains("Models that fit: denoise-fluo, denoise-gray, restore."), "names what fits: " + run.output());
    }

    @Test
    void theColorizeMacroColoursAGrayPhotoAndKeepsItsGrayLevelsForBothConversions() throws Exception {
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/colorize.ijm"), null);
        for (String conversion : new String[] {"scale", "scale weighted"}) {
            Matcher result = Pattern.compile("colorize \\[" + conversion + "\\]: chelsea-colorize RGB 451x300\n  max \\|gray\\(result\\) - input\\| = (\\d+)\n"
                    + "  colourfulness (\\d+\\.\\d) \\(gray input 0\\)").matcher(run.output());
            assertTrue(result.find(), conversion + ": " + run.output());
            assertTrue(Integer.parseInt(result.group(1)) <= 1, "gray levels kept: " + result.group());
            assertTrue(Double.parseDouble(result.group(2)) > 5, "coloured: " + result.group());
        }
    }

    @Test
    void colorizeRefusesAnRgbImageWithAMessageSayingWhatToDo() throws Exception {
        String macro = String.join("\n",
                "newImage('photo', 'RGB ramp', 40, 30, 1);",
                "run('Colorize...', 'model=denoise-gray');",
                "print('AFTER THE FAILED COMMAND');");
        ImageJRunner.Run run = imagej().macroText(macro, work);
        assertTrue(run.output().contains("'photo' is already a colour image") && run.output().contains("Image › Type › 8-bit"), run.output());
    }

    @Test
    void theInpaintMacroFillsTheOvalAndLeavesEveryOtherPixelAsItWas() throws Exception {
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/inpaint.ijm"), null);
        assertTrue(run.output().contains("Inpaint: camera-inpaint 512x512 8-bit, 1 slice(s)"), run.output());
        assertTrue(run.output().contains("outside the oval unchanged: yes (largest difference 0)"), run.output());
        Matcher mean = Pattern.compile("mean inside the oval: (\\d+\\.\\d)").matcher(run.output());
        assertTrue(mean.find(), run.output());
        ImagePlus camera = IJ.openImage(ImageJRunner.PROJECT.resolve("test-images/camera.png").toString());
        camera.setRoi(new ij.gui.OvalRoi(400, 106, 44, 96));
        org.neuralij.task.HoleMask hole = org.neuralij.task.HoleMask.fromSelection(camera);
        float[] diffusion = (float[]) camera.getProcessor().convertToFloatProcessor().getPixels();
        org.neuralij.image.HarmonicFill.fill(diffusion, 512, 512, hole.pixels());
        double sum = 0;
        for (int i = 0; i < diffusion.length; i++) if (hole.contains(i)) sum += diffusion[i];
        double expected = sum / hole.count();
        assertEquals(expected, Double.parseDouble(mean.group(1)), 12, "the fill's mean is near the diffusion fill's " + expected + ": " + run.output());
    }

    @Test
    void inpaintFillsAMaskImagesWhitePixelsInRgbAndEachSliceOfAStackAndExplainsMistakes() throws Exception {
        String macro = String.join("\n",
                "function check(label, ok) { if (ok) print('PASS ' + label); else print('FAIL ' + label); }",
                "setBatchMode(true);",
                "newImage('holes', '8-bit black', 90, 70, 1); setColor(255); fillRect(30, 20, 16, 12);",
                "newImage('photo', 'RGB ramp', 90, 70, 1); before = getPixel(10, 10); id = getImageID();",
                "run('Inpaint...', 'model=inpaint mask=holes tile=0 overlap=0 device=cpu');",
                "ok = (getImageID() != id); check('rgb new image', ok);",
                "ok = (bitDepth() == 24); check('rgb type', ok);",
                "ok = (getWidth() == 90 && getHeight() == 70); check('rgb size', ok);",
                "ok = (getPixel(10, 10) == before); check('rgb outside kept', ok);",
                "ok = (getTitle() == 'photo-inpaint'); check('rgb title', ok);",
                "newImage('stack', '16-bit ramp', 90, 70, 3); makeOval(20, 15, 30, 25); setSlice(3); corner = getPixel(80, 60);",
                "run('Inpaint...', 'mask=selection');",
                "ok = (nSlices == 3); check('stack slices', ok);",
                "ok = (bitDepth() == 16); check('stack type', ok);",
                "setSlice(3); ok = (getPixel(80, 60) == corner); check('stack outside kept', ok);",
                "print('DONE');",
                "newImage('plain', '8-bit ramp', 40, 30, 1);",
                "run('Inpaint...', 'mask=selection');",
                "print('AFTER THE FAILED COMMAND');");
        ImageJRunner.Run run = imagej().macroText(macro, work);
        assertTrue(run.output().contains("DONE"), run.output());
        assertTrue(run.linesStartingWith("FAIL").isEmpty(), run.output());
        assertEquals(8, run.linesStartingWith("PASS").size(), run.output());
        assertTrue(run.output().contains("There is no selection on 'plain'"), run.output());
        assertFalse(run.output().contains("AFTER THE FAILED COMMAND"), run.output());
    }

    @Test
    void theTranslateMacroTurnsFluorescenceIntoBrightfieldAndBack() throws Exception {
        assumeTrue(Files.exists(ImageJRunner.PROJECT.resolve("models/cyclegan/model.json")),
                "models/cyclegan is made by the recipe org.neuralij.recipes.TrainCycleGan and not committed yet");
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/translate.ijm"), null);
        Matcher result = Pattern.compile("NeuralIJ translate: nuclei-A_to_B 256x256 8-bit\n  mean (\\d+\\.\\d) \\(input (\\d+\\.\\d)\\)\n"
                + "  cycle L1 (\\d+\\.\\d+) \\(reconstruction 1\\)").matcher(run.output());
        assertTrue(result.find(), run.output());
        assertTrue(Double.parseDouble(result.group(1)) > Double.parseDouble(result.group(2)) + 100, "brightfield is much brighter: " + result.group());
        assertTrue(Double.parseDouble(result.group(3)) < 0.15, "the cycle keeps the image (0.08 measured): " + result.group());
    }

    @Test
    void translateRefusesAnRgbImageForAGrayModelSayingWhatToDo() throws Exception {
        Path model = org.neuralij.model.TranslationModelFolder.create(work, "gray-cyclegan", 1, 1, 4, 1);
        String macro = String.join("\n",
                "newImage('photo', 'RGB ramp', 40, 32, 1);",
                "run('Translate (CycleGAN)...', 'model=[" + model + "] direction=A_to_B');",
                "print('AFTER THE FAILED COMMAND');");
        ImageJRunner.Run run = imagej().macroText(macro, work);
        assertTrue(run.output().contains("'gray-cyclegan' takes 1 channel (grayscale), but 'photo' has 3 channels (RGB)")
                && run.output().contains("Image › Type › 8-bit"), run.output());
        assertFalse(run.output().contains("AFTER THE FAILED COMMAND"), run.output());
    }

    @Test
    void theStyleTransferMacroPaintsACropOfAPhotoInTheTextureOfAnotherImage() throws Exception {
        ImageJRunner.Run run = imagej().macro(ImageJRunner.PROJECT.resolve("macros/style-transfer.ijm"), null);
        assertTrue(run.output().contains("NeuralIJ style transfer OK: coffee-style 120x90 24-bit"), run.output());
        assertTrue(run.output().contains("'gravel.png' is 8-bit gray: it is used as RGB"), "conversion logged: " + run.output());
        assertTrue(run.output().contains("lbfgs, 8 of 8 iterations"), run.output());
    }

    @Test
    void fastStyleTransferPaintsWithTheBundledStyleModel() throws Exception {
        assumeTrue(Files.exists(ImageJRunner.PROJECT.resolve("models/style-default/model.json")),
                "models/style-default is not there yet: run the recipe org.neuralij.recipes.TrainStyleDefault");
        String macro = String.join("\n",
                "newImage('gray', '16-bit ramp', 80, 60, 1);",
                "run('Style Transfer...', 'method=fast model=style-default');",
                "print('RESULT ' + getTitle() + ' ' + getWidth() + 'x' + getHeight() + ' ' + bitDepth());");
        ImageJRunner.Run run = imagej().macroText(macro, work);
        assertTrue(run.output().contains("RESULT gray-style-default 80x60 24"), run.output());
        assertTrue(run.output().contains("'gray' is 16-bit gray: it is used as RGB through its display range"), run.output());
    }

    @Test
    void styleTransferRefusesATinyStyleImageAndZeroIterationsSayingWhatToGive() throws Exception {
        String macro = String.join("\n",
                "newImage('tiny', 'RGB noise', 20, 20, 1);",
                "newImage('photo', 'RGB ramp', 64, 48, 1);",
                "run('Style Transfer...', 'method=optimize style=tiny iterations=5');",
                "print('AFTER THE FAILED COMMAND');");
        ImageJRunner.Run run = imagej().macroText(macro, work);
        assertTrue(run.output().contains("The style image 'tiny' is 20x20 px: its texture needs at least 32x32 px"), run.output());
        assertFalse(run.output().contains("AFTER THE FAILED COMMAND"), run.output());
        ImageJRunner.Run zero = imagej().macroText("newImage('photo', 'RGB ramp', 64, 48, 1);\nrun('Style Transfer...', 'style=photo iterations=0');", work);
        assertTrue(zero.output().contains("iterations=0 gives nothing to do: give the number of optimisation steps, at least 1"), zero.output());
    }
}
