package org.neuralij.task;

import java.util.Locale;

/** The unweighted content, style and total-variation terms of a style-transfer loss and its weighted total. */
public record StyleLosses(double content, double style, double totalVariation, double total) {

    /** "content 0.0123, style 4.56e-05": the two figures a user compares before and after. */
    public String describe() {
        return String.format(Locale.ROOT, "content %.4g, style %.4g", content, style);
    }
}
