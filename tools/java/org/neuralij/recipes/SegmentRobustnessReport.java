package org.neuralij.recipes;

import ij.IJ;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Prints the robustness table of a nuclei segmentation model ({@link SegmentRobustness}), and with a second argument
 * saves one image of each variation there as TIFF (to look at).
 * Run: {@code bin/recipe SegmentRobustnessReport models/segment-nuclei [folder]}.
 */
public final class SegmentRobustnessReport {

    public static void main(String[] args) throws Exception {
        Path model = Paths.get(args.length > 0 ? args[0] : "models/segment-nuclei");
        if (args.length > 1) {
            Path folder = Files.createDirectories(Paths.get(args[1]));
            for (NucleiConditions conditions : NucleiConditions.variations()) {
                WidefieldNuclei nuclei = WidefieldNuclei.generate(conditions, SegmentRobustness.SIZE, SegmentRobustness.FIRST_SEED);
                IJ.saveAsTiff(nuclei.image(), folder.resolve(conditions.name().replaceAll("[^A-Za-z0-9]+", "-") + ".tif").toString());
            }
        }
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(model), "cpu")) {
            long start = System.nanoTime();
            List<SegmentRobustness.Row> rows = SegmentRobustness.measureAll(network);
            System.out.print(SegmentRobustness.table(rows));
            for (SegmentRobustness.Row row : rows) System.out.println(row.conditions().name() + ": classical tuned to " + row.tuning().describe());
            System.out.printf("%d of %d variations pass; %.0f s%n", rows.stream().filter(SegmentRobustness.Row::passes).count(), rows.size(), (System.nanoTime() - start) / 1e9);
        }
        System.exit(0);
    }
}
