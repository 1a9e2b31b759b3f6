package org.neuralij.train.optim;

/** Constant for {@code constantSteps}, then linear decay to 0 over {@code decaySteps} (CycleGAN's learning-rate policy). */
public record LinearDecaySchedule(float value, int constantSteps, int decaySteps) implements Schedule {

    @Override
    public float at(int step) {
        if (step <= constantSteps) return value;
        float remaining = 1f - (step - constantSteps) / (float) Math.max(1, decaySteps);
        return value * Math.max(0f, remaining);
    }
}
