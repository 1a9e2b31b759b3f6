package org.neuralij.train.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.neuralij.image.FloatImage;

/**
 * The content images of a style-transfer training: every image of a folder as RGB in [0, 1]
 * (converted as {@link StyleImage} does), from which random augmented patches are drawn, and a
 * fixed set of unaugmented patches for validation and previews.
 */
public final class ContentImages {

    private final PatchSampler sampler;
    private final List<String> notes;
    private final long pixels;

    private ContentImages(PatchSampler sampler, List<String> notes, long pixels) {
        this.sampler = sampler;
        this.notes = List.copyOf(notes);
        this.pixels = pixels;
    }

    public static ContentImages read(Path folder, int patch, Augmentation augmentation) {
        List<String> notes = new ArrayList<>();
        List<TrainingPair> images = new ArrayList<>();
        long pixels = 0;
        for (TrainingImage image : ImageFolder.open(folder).readImages()) {
            List<String> imageNotes = new ArrayList<>();
            FloatImage rgb = RgbUnitImage.of(image, "content image", imageNotes);
            // the images of a folder are all of one kind (ImageFolder checks it): one note speaks for all
            if (notes.isEmpty() && !imageNotes.isEmpty()) notes.add("The content images of " + folder + " are gray: each is used as an RGB image with three equal channels.");
            images.add(new TrainingPair(image.label(), rgb, rgb));
            pixels += (long) rgb.width() * rgb.height();
        }
        return new ContentImages(new PatchSampler(images, patch, 1, augmentation, PatchRoles.images()), notes, pixels);
    }

    /** Width × height summed over the images. */
    public long pixels() {
        return pixels;
    }

    public int patch() {
        return sampler.patchSize();
    }

    public List<String> notes() {
        return notes;
    }

    /** Fills {@code into} (batch × 3 × patch²) with random patches drawn with {@code random}. */
    public void batch(Random random, int batch, float[] into) {
        sampler.fillInputs(random, batch, into);
    }

    /** A batch of {@code count} unaugmented patches that depend only on {@code seed}: count × 3 × patch². */
    public float[] fixedBatch(int count, long seed) {
        return sampler.fixedInputs(count, seed);
    }
}
