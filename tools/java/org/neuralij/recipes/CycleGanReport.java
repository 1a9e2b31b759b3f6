package org.neuralij.recipes;

import ij.ImagePlus;
import ij.plugin.filter.GaussianBlur;
import org.neuralij.model.Direction;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.CycleError;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.neuralij.task.Translate;
import org.neuralij.task.Translation;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the shipped {@code cyclegan} model with Translate (CycleGAN)... on held-out images of both domains
 * ({@link UnpairedNucleiDomains}, seeds from {@value #FIRST_TEST_SEED}): the cycle reconstruction L1 both ways (input
 * normalised to −1..1, next to a 1 px Gaussian blur of the same images as a yardstick), and whether a
 * {@link DomainClassifier} trained on real images of both domains (seeds from {@value #FIRST_CLASSIFIER_SEED}) takes
 * translated A for B and translated B for A. The bar: translated A classified as B in at least 80 % of cases.
 *
 * <p>Run: {@code java -cp ... org.neuralij.recipes.CycleGanReport models/cyclegan}
 */
public final class CycleGanReport {

    static final long FIRST_CLASSIFIER_SEED = 32_001;
    static final long FIRST_TEST_SEED = 33_001;
    static final int IMAGES = 16;

    private CycleGanReport() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(measure(Paths.get(args.length > 0 ? args[0] : "models/cyclegan")));
        System.exit(0);
    }

    static void completeManifest(Path folder, String trainingTime, String recipe) throws Exception {
        ModelManifest trained = ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME));
        String quality = measure(folder);
        ModelManifest.Provenance provenance = new ModelManifest.Provenance(
                TrainCycleGan.TRAINING_IMAGES + " synthetic 8-bit fluorescence-like nuclei images (domain A, seeds " + TrainCycleGan.FIRST_SEED_A + "-"
                        + (TrainCycleGan.FIRST_SEED_A + TrainCycleGan.TRAINING_IMAGES - 1) + ") and " + TrainCycleGan.TRAINING_IMAGES
                        + " brightfield-like renderings of other scenes (domain B, seeds " + TrainCycleGan.FIRST_SEED_B + "-"
                        + (TrainCycleGan.FIRST_SEED_B + TrainCycleGan.TRAINING_IMAGES - 1) + "), " + TrainCycleGan.SIZE + "x" + TrainCycleGan.SIZE
                        + ", unpaired (tools/java/org/neuralij/recipes/UnpairedNucleiDomains.java)",
                "model: CC0-1.0; training data made by the project's own generator (CC0)", recipe, trained.provenance().epochs(), trainingTime,
                quality + "; " + trained.provenance().quality(),
                "CycleGAN (LSGAN, cycle L1 x10, identity x" + TrainCycleGan.IDENTITY * 10 + ", pool of 50 fakes, Adam 2e-4 beta1 0.5, linear decay), " + TrainCycleGan.PATCH + "x"
                        + TrainCycleGan.PATCH + " patches, seed " + TrainCycleGan.SEED);
        RecipeFiles.shipManifest(folder, "1.0.0",
                "Translates grayscale fluorescence images of nuclei (bright on dark, A) into brightfield-like images (dark stained nuclei "
                        + "with halos on a light background, B) and back; CycleGAN ResNet generators.", provenance);
        System.out.println(quality);
    }

    static String measure(Path folder) throws Exception {
        ModelPackage pkg = ModelPackage.open(folder);
        Translate translate = new Translate(new ModelRegistry(List.of(folder.toAbsolutePath().getParent())));
        String model = pkg.manifest().name();
        ModelManifest.NormalizationSpec normalization = pkg.manifest().input().normalization();
        DomainClassifier classifier = DomainClassifier.train(images(FIRST_CLASSIFIER_SEED, UnpairedNucleiDomains::fluorescence, "a"),
                images(FIRST_CLASSIFIER_SEED, UnpairedNucleiDomains::brightfield, "b"));
        double cycleA = 0, cycleB = 0, blurA = 0, blurB = 0;
        int aAsB = 0, bAsA = 0, realRight = 0;
        for (int i = 0; i < IMAGES; i++) {
            ImagePlus a = UnpairedNucleiDomains.fluorescence(TrainCycleGan.SIZE, FIRST_TEST_SEED + i, "a-" + i);
            ImagePlus b = UnpairedNucleiDomains.brightfield(TrainCycleGan.SIZE, FIRST_TEST_SEED + i, "b-" + i);
            Translation toB = translate.run(a, model, Direction.A_TO_B, true, TilingOptions.automatic(), "cpu", TaskProgress.NONE);
            Translation toA = translate.run(b, model, Direction.B_TO_A, true, TilingOptions.automatic(), "cpu", TaskProgress.NONE);
            cycleA += toB.cycleL1() / IMAGES;
            cycleB += toA.cycleL1() / IMAGES;
            blurA += CycleError.of(a, blurred(a), normalization) / IMAGES;
            blurB += CycleError.of(b, blurred(b), normalization) / IMAGES;
            if (classifier.looksLikeB(toB.translated())) aAsB++;
            if (!classifier.looksLikeB(toA.translated())) bAsA++;
            if (classifier.looksLikeB(b)) realRight++;
            if (!classifier.looksLikeB(a)) realRight++;
        }
        return String.format(Locale.ROOT, "held-out %dx%d images (seeds %d-%d, %d per domain): cycle L1 (input normalised to -1..1) "
                        + "A->B->A %.4f, B->A->B %.4f, against %.4f and %.4f for a 1 px Gaussian blur; a domain classifier (logistic regression "
                        + "on normalised mean, spread and skewness, trained on %d real images per domain, seeds %d-%d) takes %d%% of translated A "
                        + "for B and %d%% of translated B for A (real held-out images: %d%% right)",
                TrainCycleGan.SIZE, TrainCycleGan.SIZE, FIRST_TEST_SEED, FIRST_TEST_SEED + IMAGES - 1, IMAGES, cycleA, cycleB, blurA, blurB,
                IMAGES, FIRST_CLASSIFIER_SEED, FIRST_CLASSIFIER_SEED + IMAGES - 1, 100 * aAsB / IMAGES, 100 * bAsA / IMAGES,
                100 * realRight / (2 * IMAGES));
    }

    private interface Domain {
        ImagePlus make(int size, long seed, String title);
    }

    private static List<ImagePlus> images(long firstSeed, Domain domain, String prefix) {
        List<ImagePlus> images = new ArrayList<>();
        for (int i = 0; i < IMAGES; i++) images.add(domain.make(TrainCycleGan.SIZE, firstSeed + i, prefix + i));
        return images;
    }

    private static ImagePlus blurred(ImagePlus image) {
        ImagePlus copy = image.duplicate();
        new GaussianBlur().blurGaussian(copy.getProcessor(), 1.0);
        return copy;
    }
}
