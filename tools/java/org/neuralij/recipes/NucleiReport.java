package org.neuralij.recipes;

import ij.ImagePlus;
import ij.plugin.filter.EDM;
import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.ObjectSeparation;
import org.neuralij.task.Segment;
import org.neuralij.task.SegmentOutput;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Measures a nuclei segmentation model on {@value #TEST_IMAGES} held-out synthetic images
 * ({@link SyntheticNuclei} with seeds from {@value #FIRST_TEST_SEED}, never used in training)
 * against what a user would do in ImageJ without us: Otsu threshold ({@link AutoThresholder}),
 * fill holes, watershed ({@link EDM#toWatershed}), connected components. Figures: IoU of the
 * foreground (all object pixels against background) over all test pixels, and object F1 at
 * IoU 0.5 (an object is found when one predicted object overlaps it with IoU above 0.5).
 * Run alone to re-measure: {@code bin/recipe NucleiReport models/segment-nuclei}.
 */
public final class NucleiReport {

    static final int TEST_IMAGES = 16;
    static final long FIRST_TEST_SEED = 10_001;

    public static void main(String[] args) throws Exception {
        System.out.println(measure(ModelPackage.open(Paths.get(args.length > 0 ? args[0] : "models/segment-nuclei"))));
        System.exit(0);
    }

    static void completeManifest(Path folder, String trainingTime, String recipe, String augmentation) throws Exception {
        ModelManifest trained = ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME));
        String quality = measure(ModelPackage.open(folder)) + "; " + robustness(ModelPackage.open(folder)) + "; " + trained.provenance().quality();
        ModelManifest.Provenance provenance = new ModelManifest.Provenance(
                TrainNucleiSegmenter.TRAINING_IMAGES + " synthetic 8-bit images of nuclei, 256x256 (tools/java/org/neuralij/recipes/SyntheticNuclei.java, seeds 1-"
                        + TrainNucleiSegmenter.TRAINING_IMAGES + "), masks 0 background / 1 interior / 2 boundary from the true nuclei; test images: seeds "
                        + FIRST_TEST_SEED + "-" + (FIRST_TEST_SEED + TEST_IMAGES - 1),
                "model: CC0-1.0; training data made by the project's own generator (CC0)", recipe, trained.provenance().epochs(), trainingTime, quality,
                "cross-entropy + soft Dice loss, Adam with one-cycle learning rate (max 2e-3) and momentum, " + TrainNucleiSegmenter.PATCH
                        + "x" + TrainNucleiSegmenter.PATCH + " patches augmented by augment=[" + augmentation + "], seed " + TrainNucleiSegmenter.SEED);
        RecipeFiles.shipManifest(folder, "1.1.0",
                "Finds nuclei in grayscale fluorescence images (bright on dark, about 10-30 px across) and separates touching ones: "
                        + "classes 0 background, 1 nucleus interior, 2 nucleus boundary; U-Net.", provenance);
        System.out.println(quality);
    }

    static String measure(ModelPackage pkg) throws Exception {
        Scores model = new Scores();
        Scores baseline = new Scores();
        try (LoadedNetwork network = NetworkLoader.load(pkg, "cpu")) {
            for (int i = 0; i < TEST_IMAGES; i++) {
                SyntheticNuclei nuclei = SyntheticNuclei.generate(TrainNucleiSegmenter.SIZE, TrainNucleiSegmenter.SIZE, FIRST_TEST_SEED + i);
                ImagePlus image = nuclei.image("test-" + i);
                ImagePlus labels = Segment.run(image, network.manifest(), network, SegmentOutput.LABELS, TilingOptions.automatic(), TaskProgress.NONE).image();
                model.add(nuclei.instances(), pixels(labels.getProcessor()));
                baseline.add(nuclei.instances(), otsuWatershed(image.getProcessor()));
            }
        }
        return String.format(Locale.ROOT, "%d held-out synthetic nuclei images (%d nuclei): foreground IoU %.3f, object F1 at IoU 0.5 %.3f"
                        + " (Otsu + fill holes + watershed: IoU %.3f, F1 %.3f)",
                TEST_IMAGES, model.truths, model.iou(), model.f1(), baseline.iou(), baseline.f1());
    }

    /** The robustness suite in one line: how many variations pass, and the worst row's figures. */
    static String robustness(ModelPackage pkg) throws Exception {
        try (LoadedNetwork network = NetworkLoader.load(pkg, "cpu")) {
            java.util.List<SegmentRobustness.Row> rows = SegmentRobustness.measureAll(network);
            System.out.print(SegmentRobustness.table(rows));
            SegmentRobustness.Row worst = rows.stream().min(java.util.Comparator.comparingDouble(row -> row.model().iou())).orElseThrow();
            return String.format(Locale.ROOT, "robustness suite (tools/java/org/neuralij/recipes/SegmentRobustness.java, %d variations of widefield images"
                            + " from another generator): %d pass count within 10%%, IoU >= 0.85 and at least rolling ball + Otsu + watershed;"
                            + " lowest IoU %.3f (%s)", rows.size(), rows.stream().filter(SegmentRobustness.Row::passes).count(), worst.model().iou(),
                    worst.conditions().name());
        }
    }

    /** ImageJ's classical way: Otsu threshold, fill holes, EDM watershed, connected components. */
    static int[] otsuWatershed(ImageProcessor image) {
        int threshold = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, image.getHistogram());
        int width = image.getWidth(), height = image.getHeight();
        ByteProcessor binary = new ByteProcessor(width, height);
        for (int i = 0; i < binary.getPixelCount(); i++) binary.set(i, image.get(i) > threshold ? 255 : 0);
        return separated(binary);
    }

    /** Objects of a thresholded image (255 = object) as ImageJ separates them: fill holes, EDM watershed, connected components. */
    static int[] separated(ByteProcessor binary) {
        fillHoles(binary);
        new EDM().toWatershed(binary);
        int[] classes = new int[binary.getPixelCount()];
        for (int i = 0; i < classes.length; i++) classes[i] = binary.get(i) == 255 ? 1 : 0;
        return ObjectSeparation.labels(classes, binary.getWidth(), binary.getHeight(), 2);
    }

    /** Background pixels that cannot reach the border through background (4-connected) become foreground. */
    private static void fillHoles(ByteProcessor binary) {
        int width = binary.getWidth(), height = binary.getHeight();
        boolean[] outside = new boolean[width * height];
        int[] queue = new int[width * height];
        int tail = 0;
        for (int i = 0; i < outside.length; i++) {
            int x = i % width, y = i / width;
            if ((x == 0 || y == 0 || x == width - 1 || y == height - 1) && binary.get(i) == 0) {
                outside[i] = true;
                queue[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int p = queue[head], x = p % width, y = p / width;
            int[] neighbours = {x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, y > 0 ? p - width : -1, y < height - 1 ? p + width : -1};
            for (int n : neighbours) {
                if (n < 0 || outside[n] || binary.get(n) != 0) continue;
                outside[n] = true;
                queue[tail++] = n;
            }
        }
        for (int i = 0; i < outside.length; i++) if (!outside[i]) binary.set(i, 255);
    }

    /** The object numbers of a label image, pixel by pixel. */
    static int[] pixels(ImageProcessor labels) {
        int[] values = new int[labels.getPixelCount()];
        for (int i = 0; i < values.length; i++) values[i] = labels.get(i);
        return values;
    }

    /** Foreground IoU and object matches summed over the test images. */
    static final class Scores {
        long intersection;
        long union;
        int matched;
        int truths;
        int predictions;

        void add(int[] truth, int[] predicted) {
            int truthCount = 0, predictedCount = 0;
            for (int i = 0; i < truth.length; i++) {
                if (truth[i] > 0 && predicted[i] > 0) intersection++;
                if (truth[i] > 0 || predicted[i] > 0) union++;
                truthCount = Math.max(truthCount, truth[i]);
                predictedCount = Math.max(predictedCount, predicted[i]);
            }
            long[][] overlap = new long[truthCount + 1][predictedCount + 1];
            for (int i = 0; i < truth.length; i++) overlap[truth[i]][predicted[i]]++;
            long[] truthArea = new long[truthCount + 1], predictedArea = new long[predictedCount + 1];
            for (int t = 0; t <= truthCount; t++) {
                for (int p = 0; p <= predictedCount; p++) {
                    truthArea[t] += overlap[t][p];
                    predictedArea[p] += overlap[t][p];
                }
            }
            for (int t = 1; t <= truthCount; t++) {
                if (truthArea[t] == 0) continue;
                truths++;
                for (int p = 1; p <= predictedCount; p++) {
                    long shared = overlap[t][p];
                    if (shared > 0 && shared > 0.5 * (truthArea[t] + predictedArea[p] - shared)) matched++;
                }
            }
            for (int p = 1; p <= predictedCount; p++) if (predictedArea[p] > 0) predictions++;
        }

        double iou() {
            return intersection / (double) union;
        }

        double f1() {
            return 2.0 * matched / (truths + predictions);
        }
    }
}
