package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.neuralij.nn.ManagedArrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StyleTransferLossTest extends ManagedArrays {

    private static NDArray waves(int salt) {
        float[] values = new float[2 * 3 * 8 * 8];
        for (int i = 0; i < values.length; i++) values[i] = (float) (0.5 + 0.4 * Math.sin(i * 0.21 * salt));
        return manager.create(values, new Shape(2, 3, 8, 8));
    }

    @Test
    void totalVariationIsTheMeanNeighbourDifferenceInBothDirections() {
        // a horizontal ramp 0, 1, 2, 3: every horizontal step is 1, every vertical step 0
        NDArray ramp = manager.arange(4f).reshape(1, 1, 1, 4).repeat(2, 3);
        assertEquals(1f, TotalVariation.of(ramp).getFloat(), 1e-6f);
        assertEquals(2f, TotalVariation.of(ramp.transpose(0, 1, 3, 2).mul(2)).getFloat(), 1e-6f);
    }

    @Test
    void theLossIsTheWeightedSumOfContentStyleAndVariation() {
        NDArray style = waves(1);
        NDArray content = waves(2);
        NDArray output = waves(3);
        StyleTransferLoss.Weights weights = new StyleTransferLoss.Weights(2, 30, 0.5f, 1, 3, Distance.MSE);
        StyleTransferLoss loss = new StyleTransferLoss(LossReference::twoPoolingStages, weights, style.get("0:1"));
        StyleTransferLoss.Parts parts = loss.evaluate(output, content);

        NDArray expectedContent = Distance.MSE.between(LossReference.twoPoolingStages(output).get(1), LossReference.twoPoolingStages(content).get(1));
        assertEquals(expectedContent.getFloat(), parts.content().getFloat(), 1e-6f);
        float expectedStyle = 0;
        for (int tap = 0; tap < 3; tap++) {
            expectedStyle += Distance.MSE.between(GramMatrix.of(LossReference.twoPoolingStages(output).get(tap)),
                    GramMatrix.of(LossReference.twoPoolingStages(style.get("0:1")).get(tap))).getFloat();
        }
        assertEquals(expectedStyle, parts.style().getFloat(), 1e-6f);
        assertEquals(2 * parts.content().getFloat() + 30 * parts.style().getFloat() + 0.5f * parts.totalVariation().getFloat(), parts.total().getFloat(), 1e-5f);
        assertTrue(parts.style().getFloat() > 0 && parts.content().getFloat() > 0);
    }

    @Test
    void theStyleImageHasNoStyleLossAndTheContentNoContentLoss() {
        NDArray style = waves(1).get("0:1");
        StyleTransferLoss loss = new StyleTransferLoss(LossReference::twoPoolingStages, new StyleTransferLoss.Weights(1, 1, 0, 2, 2, Distance.L1), style);
        assertEquals(0f, loss.style(style).getFloat(), 1e-7f);
        NDArray content = waves(4);
        assertEquals(0f, loss.evaluate(content, content).content().getFloat(), 1e-7f);
    }

    @Test
    void tapsTheFeatureNetworkLacksAreRefusedNamingWhatItHas() {
        StyleTransferLoss.Weights weights = new StyleTransferLoss.Weights(1, 1, 0, 3, 2, Distance.MSE);
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> weights.requireTaps(3, "test net"));
        assertTrue(wrong.getMessage().contains("has 3 taps"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StyleTransferLoss.Weights(-1, 1, 0, 0, 1, Distance.MSE));
    }
}
