package org.neuralij.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuralij.image.FloatImage;

class TrainingNormalizationTest {

    @Test
    void inputPercentilesNormaliseBothInputAndTarget() {
        // input values 0..999: the 0 % / 100 % percentiles are 0 and 999
        FloatImage input = FloatImage.zeros(1, 100, 10);
        FloatImage target = FloatImage.zeros(1, 100, 10);
        for (int i = 0; i < 1000; i++) {
            input.data()[i] = i;
            target.data()[i] = 2 * i;
        }
        TrainingPair pair = new TrainingNormalization(0, 100).apply("p", input, target);

        assertEquals(0f, pair.input().data()[0], 1e-6);
        assertEquals(1f, pair.input().data()[999], 1e-6);
        assertEquals(2f, pair.target().data()[999], 1e-6);
        assertEquals(999f, input.data()[999]);
    }

    @Test
    void defaultsUseOneAndNinetyNinePointEightPercent() {
        FloatImage input = FloatImage.zeros(1, 1001, 1);
        for (int i = 0; i <= 1000; i++) {
            input.data()[i] = i;
        }
        TrainingPair pair = TrainingNormalization.defaults().apply("p", input, input.copy());
        assertEquals(0f, pair.input().data()[10], 1e-5);
        assertEquals(1f, pair.target().data()[998], 1e-5);
    }

    @Test
    void oneChannelInputMapAppliesToEveryTargetChannel() {
        FloatImage input = FloatImage.zeros(1, 2, 1);
        input.data()[1] = 10;
        FloatImage target = FloatImage.zeros(3, 2, 1);
        java.util.Arrays.fill(target.data(), 5);
        TrainingPair pair = new TrainingNormalization(0, 100).apply("p", input, target);
        for (float v : pair.target().data()) {
            assertEquals(0.5f, v, 1e-6);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrainingNormalization(0, 100).apply("q", FloatImage.zeros(2, 2, 1), target));
        assertTrue(e.getMessage().contains("Pair 'q' has 2 input and 3 target channels"), e.getMessage());
    }
}
