package org.neuralij.task;

import ij.ImagePlus;

import java.util.List;

/** A painted image and what the user should be told about how it was made (conversions, resizing, losses, why it stopped), one sentence each. */
public record StyleResult(ImagePlus image, List<String> notes) {

    public StyleResult {
        notes = List.copyOf(notes);
    }
}
