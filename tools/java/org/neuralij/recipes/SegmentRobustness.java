package org.neuralij.recipes;

import ij.ImagePlus;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.task.Segment;
import org.neuralij.task.SegmentOutput;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The robustness suite of a nuclei segmentation model: on each of {@link NucleiConditions#variations()}, images of
 * {@link WidefieldNuclei} (a generator no model trained on) segmented by the model and by {@link ClassicalNuclei} tuned
 * on another image of the same conditions. Figures per row: objects found / true objects, foreground IoU and object F1
 * at IoU 0.5, summed over the row's images.
 */
public final class SegmentRobustness {

    static final int IMAGES_PER_ROW = 2;
    static final int SIZE = 448;
    static final long FIRST_SEED = 70_001;
    static final long TUNING_SEED = 79_999;

    public record Figures(int found, int truths, double iou, double f1) {

        static Figures of(NucleiReport.Scores scores) {
            return new Figures(scores.predictions, scores.truths, scores.iou(), scores.f1());
        }

        public double countRatio() {
            return found / (double) truths;
        }

        String cells() {
            return String.format(Locale.ROOT, "%d / %d (%+.0f %%) | %.3f | %.3f", found, truths, 100 * (countRatio() - 1), iou, f1);
        }
    }

    public record Row(NucleiConditions conditions, Figures model, Figures classical, ClassicalNuclei tuning) {

        /** The bar: count within ±10 %, IoU ≥ 0.85, and IoU and F1 at least the classical pipeline's. */
        public boolean passes() {
            return Math.abs(model.countRatio() - 1) <= 0.10 && model.iou() >= 0.85 && model.iou() >= classical.iou() && model.f1() >= classical.f1();
        }
    }

    private SegmentRobustness() {
    }

    public static Row measure(NucleiConditions conditions, LoadedNetwork network) throws Exception {
        ClassicalNuclei classical = ClassicalNuclei.tuned(WidefieldNuclei.generate(conditions, SIZE, TUNING_SEED), conditions.radiusMax());
        NucleiReport.Scores model = new NucleiReport.Scores();
        NucleiReport.Scores baseline = new NucleiReport.Scores();
        for (int i = 0; i < IMAGES_PER_ROW; i++) {
            WidefieldNuclei nuclei = WidefieldNuclei.generate(conditions, SIZE, FIRST_SEED + i);
            ImagePlus image = nuclei.image();
            ImagePlus labels = Segment.run(image, network.manifest(), network, SegmentOutput.LABELS, TilingOptions.automatic(), TaskProgress.NONE).image();
            model.add(nuclei.instances(), NucleiReport.pixels(labels.getProcessor()));
            baseline.add(nuclei.instances(), classical.labels(image.getProcessor()));
        }
        return new Row(conditions, Figures.of(model), Figures.of(baseline), classical);
    }

    public static List<Row> measureAll(LoadedNetwork network) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (NucleiConditions conditions : NucleiConditions.variations()) rows.add(measure(conditions, network));
        return rows;
    }

    /** A Markdown table of the rows. */
    public static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder("| variation | model: objects found / true | IoU | F1 | classical: objects found / true | IoU | F1 | passes |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ").append(row.conditions().name()).append(" | ").append(row.model().cells()).append(" | ")
                    .append(row.classical().cells()).append(" | ").append(row.passes() ? "yes" : "no").append(" |\n");
        }
        return table.toString();
    }
}
