package org.neuralij.train.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.neuralij.image.FloatImage;

/**
 * Draws square patches of {@code patchSize} px from the inputs of a list of pairs, with the matching
 * target patch at {@code scale} times the position and size. Training patches ({@link #next}) are
 * augmented as the {@link Augmentation} says, each channel as its {@link PatchRoles} allow;
 * {@link #fixedPatches} are not augmented and depend only on their seed, so a validation loss computed
 * on them is comparable from epoch to epoch.
 */
public final class PatchSampler {

    private final List<TrainingPair> pairs;
    private final int patchSize;
    private final int scale;
    private final Augmentation augmentation;
    private final PatchRoles roles;

    /** A sampler for {@link #fixedPatches} only, whose {@link #next} patches are not augmented either. */
    public static PatchSampler unaugmented(List<TrainingPair> pairs, int patchSize, int scale) {
        return new PatchSampler(pairs, patchSize, scale, Augmentation.none(), PatchRoles.images());
    }

    public PatchSampler(List<TrainingPair> pairs, int patchSize, int scale, Augmentation augmentation, PatchRoles roles) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("There are no image pairs to draw patches from.");
        }
        if (patchSize < 1 || scale < 1) {
            throw new IllegalArgumentException("The patch size and the scale must be 1 or more, but are "
                    + patchSize + " and " + scale + ".");
        }
        for (TrainingPair pair : pairs) {
            requireFits(pair, patchSize, scale);
        }
        this.pairs = List.copyOf(pairs);
        this.patchSize = patchSize;
        this.scale = scale;
        this.augmentation = augmentation;
        this.roles = roles;
    }

    public int patchSize() {
        return patchSize;
    }

    public int scale() {
        return scale;
    }

    /** One augmented patch from a random pair at a random position. */
    public Patch next(Random random) {
        TrainingPair pair = pairs.get(random.nextInt(pairs.size()));
        Orientation orientation = augmentation.orientation(random);
        int region = augmentation.zooms() ? region(augmentation.zoom(random), pair.input()) : patchSize;
        Patch patch = cut(pair, random, region, orientation);
        augmentation.changeValues(new PatchValues(patch.input(), patch.target(), roles), random);
        return patch;
    }

    public List<Patch> batch(int count, Random random) {
        List<Patch> patches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            patches.add(next(random));
        }
        return patches;
    }

    /** Fills {@code into} (batch × channels × patch²) with the inputs of {@code batch} augmented patches: for trainings whose target is the image itself. */
    public void fillInputs(Random random, int batch, float[] into) {
        int size = into.length / batch;
        for (int b = 0; b < batch; b++) System.arraycopy(next(random).input().data(), 0, into, b * size, size);
    }

    /** The inputs of {@link #fixedPatches}, one after the other: count × channels × patch². */
    public float[] fixedInputs(int count, long seed) {
        List<Patch> patches = fixedPatches(count, seed);
        int size = patches.get(0).input().data().length;
        float[] inputs = new float[count * size];
        for (int i = 0; i < count; i++) System.arraycopy(patches.get(i).input().data(), 0, inputs, i * size, size);
        return inputs;
    }

    /** The side of the square that, resampled to the patch, enlarges by {@code zoom}; the smallest zoom that fits where the image is smaller. */
    private int region(double zoom, FloatImage input) {
        int fitting = Math.min(input.width(), input.height());
        return (int) Math.max(2, Math.min(fitting, Math.round(patchSize / zoom)));
    }

    /**
     * {@code count} unaugmented patches taking the pairs in turn (so every pair contributes), at positions
     * that depend only on {@code seed}: the same list on every call with the same seed.
     */
    public List<Patch> fixedPatches(int count, long seed) {
        Random random = new Random(seed);
        List<Patch> patches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            patches.add(cut(pairs.get(i % pairs.size()), random, patchSize, Orientation.IDENTITY));
        }
        return patches;
    }

    /** The square of side {@code region} at a random position, resampled to the patch size when it is another size, then oriented. */
    private Patch cut(TrainingPair pair, Random random, int region, Orientation orientation) {
        int x = random.nextInt(pair.input().width() - region + 1);
        int y = random.nextInt(pair.input().height() - region + 1);
        FloatImage input = pair.input().crop(x, y, region, region);
        FloatImage target = pair.target().crop(x * scale, y * scale, region * scale, region * scale);
        if (region != patchSize) {
            input = PatchResampling.resample(input, patchSize, input.channels() - roles.maskChannels());
            int targetValues = roles.target() == PatchRoles.TargetValues.LABELS ? 0 : target.channels() - roles.maskChannels();
            target = PatchResampling.resample(target, patchSize * scale, targetValues);
        }
        return new Patch(pair.name(), x, y, orientation, orientation.apply(input), orientation.apply(target));
    }

    private static void requireFits(TrainingPair pair, int patchSize, int scale) {
        FloatImage in = pair.input();
        FloatImage out = pair.target();
        if (out.width() != in.width() * scale || out.height() != in.height() * scale) {
            throw new IllegalArgumentException("In pair '" + pair.name() + "' the input is " + in.sizeText()
                    + " px and the target " + out.sizeText() + " px, but with scale " + scale
                    + " the target must be " + in.width() * scale + "x" + in.height() * scale + " px.");
        }
        if (in.width() < patchSize || in.height() < patchSize) {
            throw new IllegalArgumentException("Image '" + pair.name() + "' is " + in.sizeText() + " px, smaller"
                    + " than the " + patchSize + "x" + patchSize + " px patch: use a patch size of at most "
                    + Math.min(in.width(), in.height()) + ", or leave this image out.");
        }
    }
}
