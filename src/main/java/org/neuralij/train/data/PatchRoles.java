package org.neuralij.train.data;

/**
 * What the channels of a training pair hold, so that augmentation changes each as it should: the last
 * {@code maskChannels} of input and target are masks (inpainting's hole mask: never changed in value,
 * resampled by nearest neighbour), and the target holds either the same kind of values as the input
 * (an image of the same scene, changed in value with it), labels (class numbers: resampled by nearest
 * neighbour, never changed in value) or values of its own (colorization's colour differences: resampled,
 * never changed in value).
 */
public record PatchRoles(TargetValues target, int maskChannels) {

    public enum TargetValues {
        LIKE_INPUT,
        LABELS,
        OWN
    }

    public PatchRoles {
        if (maskChannels < 0) throw new IllegalArgumentException("maskChannels must be 0 or more, not " + maskChannels + ".");
    }

    /** Input and target are images of one scene with no mask: denoising, restoration, super-resolution, and the single images of translation, style and generation. */
    public static PatchRoles images() {
        return new PatchRoles(TargetValues.LIKE_INPUT, 0);
    }
}
