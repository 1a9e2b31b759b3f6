package org.neuralij.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SchedulesAndOptimizersTest {

    @Test
    void oneCycleRisesToTheMaximumThenFallsWhileMomentumDoesTheOpposite() {
        OneCycleSchedule cycle = OneCycleSchedule.standard(101);
        Schedule rate = cycle.learningRate(1e-3f);
        Schedule momentum = cycle.momentum(0.95f, 0.85f);
        assertEquals(4e-5f, rate.at(1), 1e-9f);
        assertEquals(1e-3f, rate.at(26), 1e-9f);
        assertEquals(1e-8f, rate.at(101), 1e-10f);
        assertEquals(0.95f, momentum.at(1), 1e-6f);
        assertEquals(0.85f, momentum.at(26), 1e-6f);
        assertEquals(0.95f, momentum.at(101), 1e-6f);
    }

    @Test
    void linearDecayIsConstantThenFallsToZero() {
        Schedule decay = new LinearDecaySchedule(2e-4f, 100, 100);
        assertEquals(2e-4f, decay.at(100), 0f);
        assertEquals(1e-4f, decay.at(150), 1e-9f);
        assertEquals(0f, decay.at(200), 0f);
        assertEquals(0f, decay.at(260), 0f);
    }

    @Test
    void adamsFirstStepMovesEachWeightByTheLearningRateAgainstItsGradientSign() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray weight = manager.create(new float[] {1f, -2f, 3f});
            NDArray gradient = manager.create(new float[] {0.5f, -4f, 1e-3f});
            new AdamOptimizer(Schedule.constant(0.1f), Schedule.constant(0.9f), 0.999f, 0).update("w", weight, gradient);
            assertArrayEquals(new float[] {0.9f, -1.9f, 2.9f}, weight.toFloatArray(), 1e-4f);
        }
    }

    @Test
    void adamWithMomentumZeroAsForGansStillSteps() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray weight = manager.create(new float[] {1f});
            AdamOptimizer adam = new AdamOptimizer(Schedule.constant(0.01f), Schedule.constant(0f), 0.99f, 0);
            adam.update("w", weight, manager.create(new float[] {2f}));
            assertEquals(0.99f, weight.toFloatArray()[0], 1e-5f);
        }
    }

    @Test
    void rmsPropFirstStepDividesByTheRootOfTheSquaredGradientAverage() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray weight = manager.create(new float[] {1f});
            new RmsPropOptimizer(Schedule.constant(1e-3f), 0).update("w", weight, manager.create(new float[] {2f}));
            assertEquals(1f - 1e-3f * 2f / (float) Math.sqrt(0.01f * 4f), weight.toFloatArray()[0], 1e-6f);
        }
    }
}
