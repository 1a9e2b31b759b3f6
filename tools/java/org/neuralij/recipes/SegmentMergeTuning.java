package org.neuralij.recipes;

import ij.ImagePlus;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.Segment;
import org.neuralij.task.SegmentOutput;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Paths;
import java.util.Locale;

/**
 * Object F1 of a nuclei model on the tuning images of Segment's thresholds ({@code SEED_PROBABILITY}, {@code MERGE_BELOW_BOUNDARY}), which
 * neither training nor any test uses: SyntheticNuclei seeds 5001-5008 and one WidefieldNuclei image of each robustness condition (seed
 * {@value SegmentRobustness#TUNING_SEED}). With a second argument, also the robustness table.
 * Run: {@code bin/recipe SegmentMergeTuning models/segment-nuclei [robust]}.
 */
public final class SegmentMergeTuning {

    public static void main(String[] args) throws Exception {
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(Paths.get(args.length > 0 ? args[0] : "models/segment-nuclei")), "cpu")) {
            NucleiReport.Scores scores = new NucleiReport.Scores();
            for (long seed = 5001; seed <= 5008; seed++) {
                SyntheticNuclei nuclei = SyntheticNuclei.generate(TrainNucleiSegmenter.SIZE, TrainNucleiSegmenter.SIZE, seed);
                ImagePlus labels = Segment.run(nuclei.image("tuning"), network.manifest(), network, SegmentOutput.LABELS, TilingOptions.automatic(),
                        TaskProgress.NONE).image();
                scores.add(nuclei.instances(), NucleiReport.pixels(labels.getProcessor()));
            }
            System.out.printf(Locale.ROOT, "tuning images: %d objects found of %d, IoU %.3f, F1 %.3f%n", scores.predictions, scores.truths, scores.iou(), scores.f1());
            NucleiReport.Scores widefield = new NucleiReport.Scores();
            for (NucleiConditions conditions : NucleiConditions.variations()) {
                WidefieldNuclei nuclei = WidefieldNuclei.generate(conditions, SegmentRobustness.SIZE, SegmentRobustness.TUNING_SEED);
                ImagePlus labels = Segment.run(nuclei.image(), network.manifest(), network, SegmentOutput.LABELS, TilingOptions.automatic(), TaskProgress.NONE).image();
                widefield.add(nuclei.instances(), NucleiReport.pixels(labels.getProcessor()));
            }
            System.out.printf(Locale.ROOT, "widefield tuning images: %d objects found of %d, IoU %.3f, F1 %.3f%n", widefield.predictions, widefield.truths, widefield.iou(), widefield.f1());
            if (args.length > 1) System.out.print(SegmentRobustness.table(SegmentRobustness.measureAll(network)));
        }
        System.exit(0);
    }
}
