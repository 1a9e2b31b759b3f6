package org.neuralij.recipes;

import java.util.List;
import java.util.Locale;

/** The figures of a denoiser's robustness suite: per variation, mean PSNR of the model, of the best Gaussian filter and of the noisy input. */
public final class DenoisingRobustness {

    public record Row(String variation, double model, double gaussian, double input) {

        double lead() {
            return model - gaussian;
        }
    }

    private DenoisingRobustness() {
    }

    public static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder("| variation | model PSNR (dB) | best Gaussian filter | noisy input | model − Gaussian |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %+.2f |%n", row.variation(), row.model(), row.gaussian(), row.input(), row.lead()));
        }
        return table.toString();
    }

    /** One line for a manifest: on how many variations the model is ahead, and its least and largest lead. */
    public static String summary(String suite, List<Row> rows) {
        return String.format(Locale.ROOT, "robustness suite (%s, %d variations): above the best Gaussian filter on %d, by %+.2f to %+.2f dB", suite, rows.size(),
                rows.stream().filter(row -> row.lead() > 0).count(), rows.stream().mapToDouble(Row::lead).min().orElseThrow(),
                rows.stream().mapToDouble(Row::lead).max().orElseThrow());
    }
}
