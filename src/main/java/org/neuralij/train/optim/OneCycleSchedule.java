package org.neuralij.train.optim;

/**
 * The one-cycle policy (Smith; fastai's fit_one_cycle): the learning rate rises from
 * max/divFactor to max over the first {@code warmUpFraction} of the steps along a cosine,
 * then falls along a cosine to max/finalDivFactor; momentum (Adam's beta1) moves the other
 * way, from high to low and back (0.95 → 0.85 → 0.95).
 */
public final class OneCycleSchedule {

    private final int totalSteps;
    private final float warmUpFraction;

    public OneCycleSchedule(int totalSteps, float warmUpFraction) {
        if (totalSteps < 1) throw new IllegalArgumentException("a one-cycle schedule needs at least one step, not " + totalSteps);
        this.totalSteps = totalSteps;
        this.warmUpFraction = warmUpFraction;
    }

    public static OneCycleSchedule standard(int totalSteps) {
        return new OneCycleSchedule(totalSteps, 0.25f);
    }

    public Schedule learningRate(float max) {
        return step -> phase(step, max / 25f, max, max / 1e5f);
    }

    public Schedule momentum(float high, float low) {
        return step -> phase(step, high, low, high);
    }

    private float phase(int step, float start, float middle, float end) {
        float position = Math.min(1f, Math.max(0f, (step - 1) / (float) Math.max(1, totalSteps - 1)));
        if (position < warmUpFraction) return cosine(start, middle, position / warmUpFraction);
        return cosine(middle, end, (position - warmUpFraction) / (1 - warmUpFraction));
    }

    private static float cosine(float from, float to, float fraction) {
        return (float) (to + (from - to) * (1 + Math.cos(Math.PI * fraction)) / 2);
    }
}
