package org.neuralij.task;

import ij.ImagePlus;

/** Refuses images no model can work on, with a message that says what to do. */
final class InputCheck {

    static final int MIN_SIDE = 4;

    private InputCheck() {
    }

    static void check(ImagePlus imp) {
        if (imp == null) throw new IllegalArgumentException("There is no image: open one first.");
        if (imp.getStackSize() == 0 || imp.getProcessor() == null || imp.getWidth() == 0 || imp.getHeight() == 0) {
            throw new IllegalArgumentException("The image '" + imp.getTitle() + "' is empty (no pixels): open or create an image with pixels.");
        }
        if (imp.getWidth() < MIN_SIDE || imp.getHeight() < MIN_SIDE) {
            throw new IllegalArgumentException("The image '" + imp.getTitle() + "' is " + imp.getWidth() + "×" + imp.getHeight()
                    + " pixels; models need at least " + MIN_SIDE + "×" + MIN_SIDE + ": select a larger image or region.");
        }
        if (imp.getBitDepth() == 24 && imp.getNChannels() > 1) {
            throw new IllegalArgumentException("The image '" + imp.getTitle() + "' is an RGB hyperstack with several channels: "
                    + "convert it with Image › Color › Stack to RGB first.");
        }
    }
}
