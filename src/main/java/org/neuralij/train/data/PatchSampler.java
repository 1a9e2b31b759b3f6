package org.neuralij.train.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.neuralij.image.FloatImage;

/**
 * Draws square patches of {@code patchSize} px from the inputs of a list of pairs, with the matching
 * target patch at {@code scale} times the position and size. Training patches get one of the 8
 * orientations at random; {@link #fixedPatches} are not augmented and depend only on their seed, so a
 * validation loss computed on them is comparable from epoch to epoch.
 */
public final class PatchSampler {

    private final List<TrainingPair> pairs;
    private final int patchSize;
    private final int scale;

    public PatchSampler(List<TrainingPair> pairs, int patchSize, int scale) {
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
    }

    public int patchSize() {
        return patchSize;
    }

    public int scale() {
        return scale;
    }

    /** One patch from a random pair at a random position in a random orientation. */
    public Patch next(Random random) {
        TrainingPair pair = pairs.get(random.nextInt(pairs.size()));
        Orientation[] orientations = Orientation.values();
        return cut(pair, random, orientations[random.nextInt(orientations.length)]);
    }

    public List<Patch> batch(int count, Random random) {
        List<Patch> patches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            patches.add(next(random));
        }
        return patches;
    }

    /**
     * {@code count} unaugmented patches taking the pairs in turn (so every pair contributes), at positions
     * that depend only on {@code seed}: the same list on every call with the same seed.
     */
    public List<Patch> fixedPatches(int count, long seed) {
        Random random = new Random(seed);
        List<Patch> patches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            patches.add(cut(pairs.get(i % pairs.size()), random, Orientation.IDENTITY));
        }
        return patches;
    }

    private Patch cut(TrainingPair pair, Random random, Orientation orientation) {
        int x = random.nextInt(pair.input().width() - patchSize + 1);
        int y = random.nextInt(pair.input().height() - patchSize + 1);
        FloatImage input = pair.input().crop(x, y, patchSize, patchSize);
        FloatImage target = pair.target().crop(x * scale, y * scale, patchSize * scale, patchSize * scale);
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
