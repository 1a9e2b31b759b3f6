package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuperResolutionNetTest extends ManagedArrays {

    private static final float[] SMALL = {1, 2, 4, 7, 0, 3, 5, 1, 2, 2, 8, 6};
    /** torch.nn.functional.interpolate(SMALL as 1×1×3×4, scale_factor=2, mode="bilinear", align_corners=False), torch 1.13. */
    private static final float[] TORCH_BILINEAR_2X = {1.0f, 1.25f, 1.75f, 2.5f, 3.5f, 4.75f, 6.25f, 7.0f, 0.75f, 1.125f, 1.875f, 2.75f, 3.75f, 4.5625f,
        5.1875f, 5.5f, 0.25f, 0.875f, 2.125f, 3.25f, 4.25f, 4.1875f, 3.0625f, 2.5f, 0.5f, 1.0625f, 2.1875f, 3.5f, 5.0f, 4.875f, 3.125f, 2.25f,
        1.5f, 1.6875f, 2.0625f, 3.5f, 6.0f, 6.625f, 5.375f, 4.75f, 2.0f, 2.0f, 2.0f, 3.5f, 6.5f, 7.5f, 6.5f, 6.0f};
    /** The first two rows of the same at scale_factor=4. */
    private static final float[] TORCH_BILINEAR_4X_TOP = {1.0f, 1.0f, 1.125f, 1.375f, 1.625f, 1.875f, 2.25f, 2.75f, 3.25f, 3.75f, 4.375f, 5.125f,
        5.875f, 6.625f, 7.0f, 7.0f, 1.0f, 1.0f, 1.125f, 1.375f, 1.625f, 1.875f, 2.25f, 2.75f, 3.25f, 3.75f, 4.375f, 5.125f, 5.875f, 6.625f, 7.0f, 7.0f,
        0.875f, 0.875f, 1.03125f, 1.34375f, 1.65625f, 1.96875f, 2.375f, 2.875f, 3.375f, 3.875f, 4.390625f, 4.921875f, 5.453125f, 5.984375f, 6.25f, 6.25f};

    private static NDArray run(Block block, NDArray input) {
        return LayersTest.run(block, input, false);
    }

    @Test
    void bilinearUpsamplingMatchesTorchAtTwoAndFourTimes() {
        NDArray input = manager.create(SMALL, new Shape(1, 1, 3, 4));
        assertArrayEquals(TORCH_BILINEAR_2X, run(new BilinearUpsample(2), input).toFloatArray(), 1e-6f);
        float[] four = run(new BilinearUpsample(4), input).toFloatArray();
        assertArrayEquals(TORCH_BILINEAR_4X_TOP, Arrays.copyOf(four, TORCH_BILINEAR_4X_TOP.length), 1e-6f);
    }

    @Test
    void bilinearUpsamplingKeepsChannelsApart() {
        float[] twoChannels = new float[24];
        System.arraycopy(SMALL, 0, twoChannels, 0, 12);
        for (int i = 0; i < 12; i++) twoChannels[12 + i] = 10 - SMALL[i];
        float[] out = run(new BilinearUpsample(2), manager.create(twoChannels, new Shape(1, 2, 3, 4))).toFloatArray();
        for (int i = 0; i < 48; i++) {
            assertEquals(TORCH_BILINEAR_2X[i], out[i], 1e-6f);
            assertEquals(10 - TORCH_BILINEAR_2X[i], out[48 + i], 1e-5f);
        }
    }

    @Test
    void theUntrainedNetworkIsBilinearUpsamplingAndEnlargesByItsScale() {
        NDArray input = manager.randomUniform(0, 1, new Shape(2, 3, 10, 7));
        for (int scale : new int[] {2, 4}) {
            NDArray output = run(SuperResolutionNet.build(3, scale, 8, 2), input);
            assertEquals(new Shape(2, 3, 10 * scale, 7 * scale), output.getShape());
            assertArrayEquals(run(new BilinearUpsample(scale), input).toFloatArray(), output.toFloatArray(), 1e-6f);
        }
    }

    @Test
    void anOutputPixelDependsOnlyOnInputsWithinTheReceptiveFieldRadius() {
        int scale = 2;
        int blocks = 2;
        Block network = SuperResolutionNet.build(1, scale, 8, blocks);
        NDArray input = manager.randomUniform(0, 1, new Shape(1, 1, 32, 32));
        run(network, input);
        RandomWeights.randomizeZeroWeights(network, manager);
        float[] before = run(network, input).toFloatArray();
        float[] changed = input.toFloatArray();
        changed[16 * 32 + 16] += 1;
        float[] after = run(network, manager.create(changed, input.getShape())).toFloatArray();
        int radius = SuperResolutionNet.receptiveFieldRadius(scale, blocks);
        int reach = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                if (Math.abs(before[y * 64 + x] - after[y * 64 + x]) > 1e-6f) reach = Math.max(reach, Math.max(Math.abs(y / 2 - 16), Math.abs(x / 2 - 16)));
            }
        }
        assertTrue(reach > radius - 2 && reach <= radius, "reach " + reach + " for radius " + radius);
    }

    @Test
    void scalesOtherThanPowersOfTwoAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SuperResolutionNet.build(1, 3, 8, 1));
        assertTrue(error.getMessage().contains("2, 4 or 8"), error.getMessage());
    }
}
