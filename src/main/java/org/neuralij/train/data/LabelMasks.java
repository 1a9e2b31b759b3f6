package org.neuralij.train.data;
import org.neuralij.image.FloatImage;

/** Checks segmentation masks: one channel of whole-number class labels in [0, classes). */
public final class LabelMasks {

    private LabelMasks() {
    }

    /** The number of classes the masks use: the largest label plus one (at least 2). */
    public static int classCount(Iterable<TrainingPair> pairs) {
        int largest = 1;
        for (TrainingPair pair : pairs) {
            for (float label : pair.target().data()) largest = Math.max(largest, (int) label);
        }
        return largest + 1;
    }

    public static void check(Iterable<TrainingPair> pairs, int classes) {
        for (TrainingPair pair : pairs) {
            FloatImage mask = pair.target();
            if (mask.channels() != 1) {
                throw new IllegalArgumentException("The mask of '" + pair.name() + "' has " + mask.channels()
                        + " channels: a mask is one channel of class labels (0 = background, 1, 2, …).");
            }
            for (float label : mask.data()) {
                if (label != Math.rint(label) || label < 0 || label >= classes) {
                    throw new IllegalArgumentException("The mask of '" + pair.name() + "' has the label " + label
                            + ", outside the " + classes + " classes 0.." + (classes - 1) + " of this model: masks hold whole numbers from 0 to "
                            + (classes - 1) + "; fix the mask or train a new model without base=.");
                }
            }
        }
    }

    /** Refuses masks that mark no object at all: with every pixel background there is nothing to learn. */
    public static void requireObjects(Iterable<TrainingPair> pairs, Object masksFolder) {
        for (TrainingPair pair : pairs) {
            for (float label : pair.target().data()) {
                if (label != 0) return;
            }
        }
        throw new IllegalArgumentException("Every pixel of every mask in " + masksFolder + " is background (0): a segmentation model learns only"
                + " from masks that mark objects (1, 2, …). Check that this folder holds the label images of the images.");
    }
}
