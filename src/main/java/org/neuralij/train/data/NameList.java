package org.neuralij.train.data;

import java.util.List;

/** Writes lists of names for error messages without flooding them. */
final class NameList {

    static final int SHOWN = 10;

    private NameList() {
    }

    /** "a.tif, b.tif" or, beyond {@value #SHOWN} names, the first ten "and N more". */
    static String summarize(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(SHOWN, names.size())));
        return names.size() <= SHOWN ? shown : shown + " and " + (names.size() - SHOWN) + " more";
    }
}
