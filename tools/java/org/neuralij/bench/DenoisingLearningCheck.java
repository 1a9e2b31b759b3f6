package org.neuralij.bench;

import org.neuralij.image.Preview;
import org.neuralij.task.train.EpochSummary;
import org.neuralij.task.train.TrainingProgress;
import org.neuralij.nn.engine.TorchEngine;
import ij.IJ;
import ij.ImagePlus;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import org.neuralij.image.ImageMetrics;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.NetworkLoader;
import org.neuralij.recipes.DenoiserReport;
import org.neuralij.recipes.TrainGrayDenoiser;
import org.neuralij.task.RunModelTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.neuralij.task.train.TrainModel;
import org.neuralij.task.train.TrainRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Does the U-Net learn through the real Train Model? Trains architecture "unet" on gray copies
 * of the training test images (crappify gauss=0.04-0.12, i.e. sigma 10–30 of 255) for a small
 * fixed budget, then denoises 16 fixed 128×128 crops of the held-out camera.png and cell.png
 * with noise of sigma 25 through the real RunModelTask, and compares PSNR with the noisy input.
 * Args: EPOCHS STEPS_PER_EPOCH BATCH PATCH (default 4 75 8 64: about 3 minutes on 2 idle cores); works in target/bench.
 */
public final class DenoisingLearningCheck {

    private static final int CROP = 128;
    private static final int CROPS_PER_IMAGE = 8;
    private static final float LEARNING_RATE = 1e-3f;
    private static final long SEED = 7;

    public static void main(String[] args) throws Exception {
        TorchEngine.kernels(); // the kernels every NeuralIJ command uses, checked on this machine
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int stepsPerEpoch = args.length > 1 ? Integer.parseInt(args[1]) : 75;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int patch = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        Path work = Files.createTempDirectory(Files.createDirectories(Paths.get("target", "bench")), "learning-check-");
        ModelRegistry registry = new ModelRegistry(List.of(work.resolve("models")));
        TrainRequest request = TrainRequest.builder("denoise", grayTrainingImages(work.resolve("gray")), "unet-denoiser").crappify("gauss=0.04-0.12").architecture("unet")
                .epochs(epochs).steps(stepsPerEpoch).batch(batch).patch(patch).learningRate(LEARNING_RATE).validation(0.1).seed(SEED).build();

        long start = System.nanoTime();
        new TrainModel(registry).train(request, "cpu", new EpochPrinter());
        double trainingMinutes = (System.nanoTime() - start) / 60e9;

        double noisy = 0;
        double denoised = 0;
        List<HeldOutCrop> crops = heldOutCrops();
        try (LoadedNetwork network = NetworkLoader.load(registry.find("unet-denoiser"), "cpu")) {
            RunModelTask task = new RunModelTask(network, TilingOptions.automatic(), TaskProgress.NONE);
            for (HeldOutCrop crop : crops) {
                ImagePlus input = new ImagePlus("noisy", new FloatProcessor(CROP, CROP, crop.noisy().clone()));
                float[] output = (float[]) task.run(input).getProcessor().getPixels();
                noisy += ImageMetrics.psnr(crop.clean(), crop.noisy(), 255) / crops.size();
                denoised += ImageMetrics.psnr(crop.clean(), output, 255) / crops.size();
            }
        }
        System.out.printf(Locale.ROOT, "training: %d epochs x %d steps, batch %d, patch %d: %.1f min%n", epochs, stepsPerEpoch, batch, patch, trainingMinutes);
        System.out.printf(Locale.ROOT, "learning_check: noisy %.2f dB, model %.2f dB, gain %.2f dB (target >= 4)%n", noisy, denoised, denoised - noisy);
        System.exit(0);
    }

    /** The training test images as 8-bit gray TIFFs in {@code folder}; the held-out ones are not among them. */
    private static Path grayTrainingImages(Path folder) throws Exception {
        Files.createDirectories(folder);
        for (String name : TrainGrayDenoiser.TRAINING_IMAGES) {
            ImageProcessor gray = IJ.openImage(Paths.get("test-images", name).toString()).getProcessor().convertToByte(false);
            IJ.saveAsTiff(new ImagePlus(name, gray), folder.resolve(name.replaceFirst("\\.[a-z]+$", ".tif")).toString());
        }
        return folder;
    }

    private record HeldOutCrop(float[] clean, float[] noisy) {
    }

    /** Seeded crops of the held-out images in 0–255, with Gaussian noise of DenoiserReport's test sigma. */
    private static List<HeldOutCrop> heldOutCrops() {
        Random random = new Random(DenoiserReport.TEST_SEED);
        List<HeldOutCrop> crops = new ArrayList<>();
        for (String name : DenoiserReport.HELD_OUT) {
            ImageProcessor gray = IJ.openImage(Paths.get("test-images", name).toString()).getProcessor().convertToByte(false);
            for (int i = 0; i < CROPS_PER_IMAGE; i++) {
                int x = random.nextInt(gray.getWidth() - CROP + 1);
                int y = random.nextInt(gray.getHeight() - CROP + 1);
                float[] clean = new float[CROP * CROP];
                float[] noisy = new float[CROP * CROP];
                for (int row = 0; row < CROP; row++) {
                    for (int col = 0; col < CROP; col++) {
                        clean[row * CROP + col] = gray.get(x + col, y + row);
                        noisy[row * CROP + col] = (float) (clean[row * CROP + col] + DenoiserReport.TEST_SIGMA * random.nextGaussian());
                    }
                }
                crops.add(new HeldOutCrop(clean, noisy));
            }
        }
        return crops;
    }

    private static final class EpochPrinter implements TrainingProgress {
        @Override
        public void epochDone(EpochSummary record, int epochs, Preview preview) {
            System.out.printf(Locale.ROOT, "epoch %d/%d: training L1 %.4f, validation L1 %.4f, %.0f s%n",
                    record.epoch(), epochs, record.trainingLoss(), record.validationLoss(), record.seconds());
        }
    }
}
