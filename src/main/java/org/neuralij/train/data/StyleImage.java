package org.neuralij.train.data;

import ij.ImagePlus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neuralij.image.FloatImage;

/**
 * The style image of a style-transfer training: RGB in [0, 1] (8-bit and RGB divided by 255,
 * 16/32-bit by their own range; gray repeated to 3 channels; a stack gives its first slice), with
 * the notes of what was converted, for the user.
 */
public final class StyleImage {

    private final String name;
    private final FloatImage pixels;
    private final List<String> notes;

    private StyleImage(String name, FloatImage pixels, List<String> notes) {
        this.name = name;
        this.pixels = pixels;
        this.notes = List.copyOf(notes);
    }

    public static StyleImage read(Path file) {
        return of(TrainingImage.read(file));
    }

    public static StyleImage of(ImagePlus imp) {
        return of(TrainingImage.of(imp, imp.getTitle()));
    }

    private static StyleImage of(List<TrainingImage> slices) {
        TrainingImage first = slices.get(0);
        List<String> notes = new ArrayList<>();
        if (slices.size() > 1) notes.add("The style image '" + first.fileName() + "' is a stack: its first slice is the style.");
        return new StyleImage(first.fileName(), RgbUnitImage.of(first, "style image", notes), notes);
    }

    public String name() {
        return name;
    }

    /** 3 × H × W, values in [0, 1]. */
    public FloatImage pixels() {
        return pixels;
    }

    /** What was converted on the way in (gray to RGB, stack to slice), one sentence each. */
    public List<String> notes() {
        return notes;
    }

    /** Refuses a style image smaller than the training patches: its texture would be seen at another scale than the network learns. */
    public void requireAtLeast(int patch) {
        if (pixels.width() < patch || pixels.height() < patch) {
            throw new IllegalArgumentException("The style image '" + name + "' is " + pixels.sizeText() + " px, smaller than the "
                    + patch + "x" + patch + " px training patches: use a style image of at least " + patch + " px on each side"
                    + " (e.g. Image › Scale), or a patch of at most " + Math.min(pixels.width(), pixels.height()) + " px.");
        }
    }

    /** This image, shrunk (area-averaged) so that its longer side is at most {@code maxSide}; never enlarged. */
    public StyleImage shrunkTo(int maxSide) {
        FloatImage fitted = pixels.fittedTo(maxSide);
        return fitted == pixels ? this : new StyleImage(name, fitted, notes);
    }
}
