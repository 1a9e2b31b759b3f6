package org.neuralij.recipes;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.plugin.MontageMaker;
import ij.plugin.filter.GaussianBlur;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RestoreImage;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Makes the README's before/after pictures of Restore Image from held-out images, through the same
 * task class the menu calls: docs/images/restore.png (camera.png with a number written on it at JPEG
 * quality 20 → model restore → clean) and docs/images/denoise-fluo.png (a held-out synthetic
 * micrograph with Poisson + Gaussian noise → model denoise-fluo → best Gaussian filter → clean).
 * Run: {@code bin/recipe MakeRestorePictures}.
 */
public final class MakeRestorePictures {

    static final int CROP = 192;

    public static void main(String[] args) throws Exception {
        RestoreImage restore = new RestoreImage(new ModelRegistry(java.util.List.of(Paths.get("models"))));
        Path folder = Files.createDirectories(Paths.get("docs/images"));

        ImagePlus degraded = RestoreReport.degraded(Paths.get("test-images/camera.png"), 0);
        ImagePlus restored = restore.run(degraded, "restore", TilingOptions.automatic(), "cpu", TaskProgress.NONE);
        ImageProcessor clean = ij.IJ.openImage("test-images/camera.png").getProcessor();
        int x = 170;
        int y = 60;
        save(folder.resolve("restore.png"), crop(degraded.getProcessor(), x, y), crop(restored.getProcessor(), x, y), crop(clean, x, y));

        int size = SyntheticFluorescence.SIZE;
        float[] cleanFluo = SyntheticFluorescence.image(FluoDenoiserReport.FIRST_TEST_SEED, size);
        String noise = FluoDenoiserReport.TEST_NOISE[0];
        float[] noisy = FluoDenoiserReport.noisy(cleanFluo, noise, 0);
        ImagePlus denoised = restore.run(new ImagePlus("fluo", new FloatProcessor(size, size, noisy.clone())), "denoise-fluo", TilingOptions.automatic(), "cpu",
                TaskProgress.NONE);
        double sigma = GaussianBaseline.best(cleanFluo, noisy, size, size, 1)[0];
        FloatProcessor gaussian = new FloatProcessor(size, size, noisy.clone());
        new GaussianBlur().blurGaussian(gaussian, sigma, sigma, 0.002);
        save(folder.resolve("denoise-fluo.png"), display(noisy), display((float[]) denoised.getProcessor().getPixels()),
                display((float[]) gaussian.getPixels()), display(cleanFluo));
        System.exit(0);
    }

    private static ImageProcessor crop(ImageProcessor image, int x, int y) {
        image.setRoi(x, y, CROP, CROP);
        return image.crop().convertToByte(false);
    }

    /** A micrograph shown with the clean image's scale (0 black, 0.6 white), as 8 bits. */
    private static ImageProcessor display(float[] unit) {
        int size = SyntheticFluorescence.SIZE;
        ByteProcessor bytes = new ByteProcessor(size, size);
        for (int i = 0; i < unit.length; i++) bytes.set(i, (int) Math.max(0, Math.min(255, Math.round(unit[i] / 0.6 * 255))));
        return crop(bytes, (size - CROP) / 2, (size - CROP) / 2);
    }

    private static void save(Path file, ImageProcessor... panels) {
        ImageStack stack = new ImageStack(CROP, CROP);
        for (ImageProcessor panel : panels) stack.addSlice(panel);
        ImagePlus montage = new MontageMaker().makeMontage2(new ImagePlus("panels", stack), panels.length, 1, 1, 1, panels.length, 1, 4, false);
        new FileSaver(montage).saveAsPng(file.toString());
    }
}
