package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.plugin.filter.GaussianBlur;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.task.train.TrainModel;
import org.neuralij.task.train.TrainRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The recipe of the shipped models {@code models/sr-2x} and {@code models/sr-4x}: our own Train Model
 * command with {@code task=super-resolution scale=S} on the gray versions of the test images except
 * camera.png, cell.png and immunohistochemistry.png (held out for the quality figures), the twelve photographs of
 * training-images/photos, a softened copy of each of these, and a few smooth synthetic micrographs; inputs made by crappify
 * {@code downscale=S,quantize=8} (Train Model's default) or the chain given; the built-in {@code sr-resnet} (8 residual blocks of 32 channels at the low
 * resolution, pixel-shuffle upsampling, added to the bilinear enlargement of the input).
 *
 * <p>Run: {@code bin/recipe TrainSuperResolution models/sr-2x 2 20 300 downscale=2,gauss=0-0.003,quantize=8}
 * (arguments: output folder, scale, epochs, steps per epoch and optionally the crappify chain, by default
 * Train Model's {@code downscale=S,quantize=8}).
 */
public final class TrainSuperResolution {

    /** The denoiser's training images except immunohistochemistry.png, a micrograph held out for the quality figure. */
    static final List<String> TRAINING_IMAGES = TrainGrayDenoiser.TRAINING_IMAGES.stream()
            .filter(name -> !SuperResolutionReport.HELD_OUT.contains(name)).toList();
    /**
     * Smooth, band-limited micrographs ({@link SyntheticFluorescence}) next to the textured photographs: trained on
     * photographs alone, sr-2x sharpened the very smooth cell.png 3.6 dB below bicubic.
     */
    static final int SMOOTH_MICROGRAPHS = 4;
    static final long FIRST_MICROGRAPH_SEED = 70_001;
    static final int MICROGRAPH_SIZE = 512;
    /**
     * Each training photograph is also trained on blurred by a Gaussian of one of these sigmas (pixels; the i-th
     * photograph by the (i mod 5)-th sigma) and rounded back to 8 bits: smooth images whose shrunk copies hold little
     * besides the rounding teach the network not to sharpen that rounding. Without them sr-2x was 0.71 dB behind
     * bicubic on the smooth phase micrograph cell.png; with them it is ahead.
     */
    static final double[] SOFTENING_SIGMAS = {1, 2, 3, 1.5, 2.5};
    static final long SEED = 42;
    static final int BATCH = 16;
    static final int PATCH = 48;
    static final float LEARNING_RATE = 5e-4f;

    private static String recipeText(String name, int scale, int epochs, int steps, String crappifyArgument, TrainRequest request, String quality) {
        return String.join("\n",
                "# " + name + " — how it was made",
                "",
                "- Made by our own **Train Model** command (`org.neuralij.task.train.TrainModel`, which the menu, macros and scripts call),",
                "  driven by `tools/java/org/neuralij/recipes/TrainSuperResolution.java`, equivalent to the macro",
                "",
                "      " + request.macroLine().replace(request.images().toString(), "<gray copies of the training images>"),
                "",
                "- Architecture: built-in `sr-resnet` (`org.neuralij.nn.SuperResolutionNet`), 8 residual blocks of 32 channels at the",
                "  low resolution, ICNR pixel shuffle, added to the bilinear enlargement of the input; halo " + (4 + 2 * 8) + ".",
                "- Data: 8-bit gray copies of " + trainingData() + " (licences in `test-images/PROVENANCE` and `training-images/PROVENANCE`; the synthetic images are CC0),",
                "  shrunk " + scale + "x by crappify `" + request.degradation() + "` (ImageJ's averaging bilinear resize, then rounded to 8 bits); held out: "
                        + String.join(", ", SuperResolutionReport.HELD_OUT) + ".",
                "- Training: L1 loss, Adam with the one-cycle schedule (max " + LEARNING_RATE + "), " + epochs + " epochs x " + steps
                        + " steps of " + BATCH + " patches " + request.patch() + "x" + request.patch() + " (targets " + request.patch() * scale + "x"
                        + request.patch() * scale + "), flips and quarter turns, seed " + SEED + ", CPU. `training.csv` holds every epoch's loss.",
                "- Command (from the project folder):",
                "",
                "      bin/recipe TrainSuperResolution models/" + name + " " + scale + " " + epochs + " " + steps + crappifyArgument,
                "",
                "- Re-measure only: `bin/recipe SuperResolutionReport models/" + name + "`",
                "- Measured: " + quality,
                "");
    }

    /** {@value #SMOOTH_MICROGRAPHS} noise-free synthetic fluorescence images, 8-bit, in the training folder. */
    static void addSmoothMicrographs(Path folder) {
        for (int i = 0; i < SMOOTH_MICROGRAPHS; i++) {
            float[] values = SyntheticFluorescence.image(FIRST_MICROGRAPH_SEED + i, MICROGRAPH_SIZE);
            ByteProcessor image = new ByteProcessor(MICROGRAPH_SIZE, MICROGRAPH_SIZE);
            for (int p = 0; p < values.length; p++) image.set(p, Math.round(255 * values[p]));
            String name = "synthetic-micrograph-" + (FIRST_MICROGRAPH_SEED + i) + ".tif";
            IJ.saveAsTiff(new ImagePlus(name, image), folder.resolve(name).toString());
        }
    }

    /** A Gaussian-blurred 8-bit copy of each photograph, {@code softened-<name>.tif}, sigmas from {@link #SOFTENING_SIGMAS}. */
    static void addSoftenedPhotographs(Path folder, List<Path> photographs) {
        for (int i = 0; i < photographs.size(); i++) {
            String name = photographs.get(i).getFileName().toString();
            ImagePlus photo = IJ.openImage(photographs.get(i).toString());
            ImageProcessor gray = photo.getProcessor().convertToByte(false);
            new GaussianBlur().blurGaussian(gray, SOFTENING_SIGMAS[i % SOFTENING_SIGMAS.length]);
            String file = "softened-" + name.substring(0, name.lastIndexOf('.')) + ".tif";
            IJ.saveAsTiff(new ImagePlus(file, gray), folder.resolve(file).toString());
        }
    }

    /** The test images trained on, then the photographs of training-images/photos, in file-name order. */
    static List<Path> photographs() throws IOException {
        List<Path> photographs = new ArrayList<>(TRAINING_IMAGES.stream().map(name -> Paths.get("test-images", name)).toList());
        try (Stream<Path> files = Files.list(RecipeFiles.TRAINING_PHOTOS)) {
            files.filter(file -> file.toString().endsWith(".png")).sorted().forEach(photographs::add);
        }
        return photographs;
    }

    private static String trainingData() {
        return String.join(", ", TRAINING_IMAGES) + ", the twelve nature photographs of Debian's mate-backgrounds (training-images/photos), a copy of each of these blurred by a Gaussian of sigma "
                + Arrays.stream(SOFTENING_SIGMAS).mapToObj(sigma -> String.valueOf(sigma).replaceAll("\\.0$", "")).collect(Collectors.joining(", "))
                + " pixels in turn, and " + SMOOTH_MICROGRAPHS + " noise-free " + MICROGRAPH_SIZE + "x" + MICROGRAPH_SIZE
                + " synthetic fluorescence images (SyntheticFluorescence, seeds " + FIRST_MICROGRAPH_SEED + "-" + (FIRST_MICROGRAPH_SEED + SMOOTH_MICROGRAPHS - 1) + ")";
    }

    public static void main(String[] args) throws Exception {
        Path output = Paths.get(args.length > 0 ? args[0] : "models/sr-2x");
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        String crappify = args.length > 4 ? args[4] : null;
        String name = "sr-" + scale + "x";
        Path work = Files.createTempDirectory(name + "-recipe");
        Path images = RecipeFiles.grayTrainingImages(work.resolve("images"), TRAINING_IMAGES);
        RecipeFiles.addTrainingPhotos(images);
        addSoftenedPhotographs(images, photographs());
        addSmoothMicrographs(images);
        TrainRequest.Builder builder = TrainRequest.builder("super-resolution", images, name);
        if (crappify != null) builder.crappify(crappify);
        TrainRequest request = builder.scale(scale).epochs(epochs).steps(steps)
                .batch(BATCH).patch(PATCH / scale * 2).learningRate(LEARNING_RATE).validation(0.1).seed(SEED).build();
        long start = System.nanoTime();
        TrainModel.Outcome outcome = RecipeFiles.train(request, work, "L1");
        double minutes = (System.nanoTime() - start) / 60e9;
        RecipeFiles.copyModel(outcome.folder(), output);
        String recipe = "tools/java/org/neuralij/recipes/TrainSuperResolution.java, which runs "
                + request.macroLine().replace(images.toString(), "<gray copies of the training images>");
        ModelManifest trained = ModelManifest.read(output.resolve(ModelManifest.FILE_NAME));
        String quality = SuperResolutionReport.measure(ModelPackage.open(output)) + "; " + trained.provenance().quality();
        ModelManifest.Provenance provenance = new ModelManifest.Provenance(
                "scikit-image sample images shipped by Debian's python3-skimage, photographs of Debian's mate-backgrounds and synthetic micrographs made here (test-images/, training-images/photos: " + trainingData()
                        + "), converted to 8-bit gray, shrunk " + scale + "x by crappify " + request.degradation() + "; held out: "
                        + String.join(", ", SuperResolutionReport.HELD_OUT),
                "model: GPL-2.0-or-later, as the photographs it learnt from; " + RecipeFiles.PHOTO_LICENCE + "; test images: " + RecipeFiles.TEST_IMAGE_TERMS
                        + "; synthetic micrographs: CC0", recipe, trained.provenance().epochs(),
                String.format(Locale.ROOT, "%.1f min on 2 CPU cores (%d steps of %d patches %dx%d)", minutes, epochs * steps, BATCH, request.patch(), request.patch()),
                quality, "L1 loss, Adam with one-cycle learning rate (max " + LEARNING_RATE + ") and momentum, patches with flips and rotations, seed " + SEED, outcome.divergences());
        RecipeFiles.shipManifest(output, "1.0.0", "Enlarges grayscale or RGB images (each channel) " + scale
                + " times; sr-resnet, 8 residual blocks of 32 channels at the low resolution, pixel shuffle, added to bilinear enlargement.", provenance);
        Files.writeString(output.resolve("RECIPE.md"), recipeText(name, scale, epochs, steps, crappify == null ? "" : " " + crappify, request, quality));
        System.out.println(quality);
        System.exit(0);
    }
}
