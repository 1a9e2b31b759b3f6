package org.neuralij.train.data;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Train Model's {@code augment=}: what is done at random to every training patch so that a model learns what must not
 * change its answer. Validation patches are never augmented. Random parameters come only from the {@link Random} passed
 * in, so the same seed gives the same patches.
 * <p>
 * Text form ({@link #parse}), steps separated by commas. Geometric steps act on input and target together as the patch
 * is cut: {@code flip} (mirrors; {@code flip=x} left-right only, {@code flip=y} top-bottom only), {@code rot90} (quarter
 * turns; with {@code flip}, all 8 orientations equally often), {@code zoom=F1-F2}. Then, in the order written:
 * {@code scale=F1-F2}, {@code offset=D1-D2}, {@code gamma=G1-G2} and {@code field=A1-A2} change the scene (the input,
 * and the target when it is an image of the same scene), {@code blur=S1-S2} and {@code noise=S1-S2} the input alone.
 * Values are in normalised units (the image's 1st to 99.8th percentile span 0 to 1). {@code none} turns it all off.
 * In an ImageJ macro put the spec in brackets: {@code augment=[flip,rot90,zoom=0.5-2]}.
 */
public final class Augmentation {

    static final String NONE = "none";

    private final List<AugmentationStep> steps;
    private final List<Orientation> orientations;
    private final Zoom zoom;
    private final List<AugmentationStep.ValueStep> valueSteps;

    private Augmentation(List<AugmentationStep> steps) {
        this.steps = List.copyOf(steps);
        Set<Orientation> generators = EnumSet.noneOf(Orientation.class);
        Zoom zoomStep = null;
        List<AugmentationStep.ValueStep> values = new ArrayList<>();
        for (AugmentationStep step : steps) {
            if (step instanceof Mirror mirror) generators.addAll(mirror.generators());
            else if (step instanceof QuarterTurns) generators.add(Orientation.ROTATE_90);
            else if (step instanceof Zoom z) zoomStep = z;
            else values.add((AugmentationStep.ValueStep) step);
        }
        this.orientations = group(generators);
        this.zoom = zoomStep;
        this.valueSteps = List.copyOf(values);
    }

    public static Augmentation parse(String spec) {
        return new Augmentation(AugmentationSpec.parse(spec));
    }

    public static Augmentation none() {
        return new Augmentation(List.of());
    }

    /** All 8 orientations, nothing else: what every training did before augment= existed. */
    public static Augmentation orientations() {
        return new Augmentation(List.of(new Mirror(true, true), new QuarterTurns()));
    }

    /** The orientations these steps can give, with the identity: the group they generate, in {@link Orientation}'s order. */
    private static List<Orientation> group(Set<Orientation> generators) {
        Set<Orientation> group = EnumSet.of(Orientation.IDENTITY);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Orientation member : List.copyOf(group)) {
                for (Orientation generator : generators) grew |= group.add(member.then(generator));
            }
        }
        return List.copyOf(group);
    }

    /** One of the orientations, equally often; no draw when there is only the identity. */
    Orientation orientation(Random random) {
        return orientations.size() == 1 ? orientations.get(0) : orientations.get(random.nextInt(orientations.size()));
    }

    boolean zooms() {
        return zoom != null;
    }

    double zoom(Random random) {
        return zoom.factor().drawLog(random);
    }

    /** Applies the value steps, in order, to a freshly cut patch (changed in place). */
    void changeValues(PatchValues values, Random random) {
        for (AugmentationStep.ValueStep step : valueSteps) step.apply(values, random);
    }

    /** Whether any step changes values (not only the geometry). */
    public boolean changesValues() {
        return !valueSteps.isEmpty();
    }

    public List<AugmentationStep> steps() {
        return steps;
    }

    /** The text form, which {@link #parse} reads back into an equal chain; "none" when there is no step. */
    public String spec() {
        return steps.isEmpty() ? NONE : steps.stream().map(AugmentationStep::spec).collect(Collectors.joining(","));
    }

    /** Equal when their specs are: the same steps with the same ranges, in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Augmentation augmentation && augmentation.spec().equals(spec());
    }

    @Override
    public int hashCode() {
        return spec().hashCode();
    }

    @Override
    public String toString() {
        return "Augmentation[" + spec() + "]";
    }
}
