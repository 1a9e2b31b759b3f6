package org.neuralij.task.train;

import org.neuralij.image.FloatImage;
import org.neuralij.train.data.ColorizationPair;
import org.neuralij.train.data.Degradation;
import org.neuralij.train.data.Degraded;
import org.neuralij.train.data.HoleInputs;
import org.neuralij.train.data.ImageFolder;
import org.neuralij.train.data.ImagePair;
import org.neuralij.train.data.PairedFolders;
import org.neuralij.train.data.TrainingImage;
import org.neuralij.train.data.TrainingNormalization;
import org.neuralij.train.data.TrainingPair;

import java.util.ArrayList;
import java.util.List;

/** Reads the request's folders into normalised input/target pairs: paired folders as they are, or clean images degraded by the crappify spec. */
final class TrainingPairs {

    /** Degraded copies are kept in memory: as many per image (up to 8) as fit in this many pixels, so that the network sees several noise draws of each image. */
    static final long DEGRADED_PIXEL_BUDGET = 64_000_000L;
    static final int MAX_COPIES = 8;

    private TrainingPairs() {
    }

    private static int degradedCopies(List<TrainingImage> images) {
        long pixels = images.stream().mapToLong(image -> (long) image.width() * image.height() * image.channels()).sum();
        return (int) Math.max(1, Math.min(MAX_COPIES, DEGRADED_PIXEL_BUDGET / Math.max(1, pixels)));
    }

    /** The pairs made from one source image (several degraded copies of it, or one paired input), kept together so that validation never sees an image the training saw. */
    record Group(String name, List<TrainingPair> pairs) {
    }

    static List<TrainingPair> flatten(List<Group> groups) {
        return groups.stream().flatMap(group -> group.pairs().stream()).toList();
    }

    /** The image cropped to a whole multiple of the scale, so that the shrunk input covers exactly the same area as the target. */
    private static FloatImage wholeMultiple(FloatImage image, int scale) {
        if (image.width() % scale == 0 && image.height() % scale == 0) return image;
        return image.crop(0, 0, image.width() - image.width() % scale, image.height() - image.height() % scale);
    }

    private static String shrinkMismatch(TrainRequest request, int shrink) {
        if (!request.superResolution()) {
            return "crappify=[" + request.degradation() + "] makes smaller images, which only a super-resolution model can learn from: "
                    + "use downscaleback= instead of downscale= for task=" + request.task() + ".";
        }
        return "crappify=[" + request.degradation() + "] shrinks the images " + shrink + " times, but scale=" + request.scale()
                + ": the model learns to undo the shrinking, so give crappify a downscale=" + request.scale() + " step (and no other downscale=).";
    }

    static List<Group> load(TrainRequest request) {
        TrainingNormalization normalization = TrainingNormalization.defaults();
        List<Group> groups = new ArrayList<>();
        if (request.colorization()) {
            for (TrainingImage image : ImageFolder.open(request.images()).readImages()) {
                groups.add(new Group(image.label(), List.of(ColorizationPair.of(image, normalization))));
            }
        } else if (request.selfSupervised()) {
            Degradation degradation = Degradation.parse(request.degradation());
            if (degradation.shrinkFactor() != request.scale()) throw new IllegalArgumentException(shrinkMismatch(request, degradation.shrinkFactor()));
            List<TrainingImage> images = ImageFolder.open(request.images()).readImages();
            int copies = degradedCopies(images);
            for (int i = 0; i < images.size(); i++) {
                FloatImage clean = wholeMultiple(images.get(i).toUnitRange(), request.scale());
                List<TrainingPair> pairs = new ArrayList<>();
                for (int copy = 0; copy < copies; copy++) {
                    Degraded degraded = degradation.apply(clean, request.seed(), i * copies + copy);
                    pairs.add(request.inpainting() ? HoleInputs.pair(normalization, images.get(i).label(), degraded, clean)
                            : normalization.apply(images.get(i).label(), degraded.image(), clean));
                }
                groups.add(new Group(images.get(i).label(), pairs));
            }
        } else {
            for (ImagePair pair : PairedFolders.read(request.images(), request.targets(), request.scale())) {
                TrainingPair normalized = TrainingObjective.of(request).normalize(normalization, pair);
                groups.add(new Group(pair.name(), List.of(normalized)));
            }
        }
        return groups;
    }
}
