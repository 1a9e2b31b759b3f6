package org.neuralij.train.loop;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.nn.UNet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchNormStatisticsTest {

    @TempDir
    Path temp;

    @Test
    void theRunningStatisticsBecomeTheMeanOfThoseOfTheBatches() {
        int batches = 3;
        Shape shape = new Shape(4, 2, 3, 3);
        Random random = new Random(5);
        float[][] data = new float[batches][Math.toIntExact(shape.size())];
        for (float[] batch : data) for (int i = 0; i < batch.length; i++) batch[i] = (float) (random.nextGaussian() * 2 + 1);
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Block norm = BatchNorm.builder().build();
            norm.initialize(manager, DataType.FLOAT32, shape);
            ParameterStore store = new ParameterStore(manager, false);
            int[] next = {0};
            BatchNormStatistics.recompute(norm, batches, () -> norm.forward(store, new NDList(manager.create(data[next[0]++], shape)), true));

            float[] mean = new float[2];
            float[] variance = new float[2];
            for (float[] batch : data) {
                for (int channel = 0; channel < 2; channel++) {
                    List<Float> values = new ArrayList<>();
                    for (int n = 0; n < 4; n++) for (int p = 0; p < 9; p++) values.add(batch[(n * 2 + channel) * 9 + p]);
                    double m = values.stream().mapToDouble(Float::doubleValue).average().orElseThrow();
                    double unbiased = values.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / (values.size() - 1);
                    mean[channel] += (float) (m / batches);
                    variance[channel] += (float) (unbiased / batches);
                }
            }
            assertArrayEquals(mean, statistic(norm, Parameter.Type.RUNNING_MEAN), 1e-5f);
            assertArrayEquals(variance, statistic(norm, Parameter.Type.RUNNING_VAR), 1e-4f);
        }
    }

    private static float[] statistic(Block block, Parameter.Type type) {
        return block.getParameters().values().stream().filter(parameter -> parameter.getType() == type).findFirst().orElseThrow().getArray().toFloatArray();
    }

    @Test
    void aUNetWithBatchNormFinishesWithAveragedWeights() throws Exception {
        List<float[]> offeredMeans = new ArrayList<>();
        TrainingListener recording = new TrainingListener() {
            @Override
            public void betterModel(Block block, TrainingState.EpochRecord record) {
                offeredMeans.add(statistic(block, Parameter.Type.RUNNING_MEAN));
            }
        };
        Block unet = UNet.builder().setInChannels(1).setOutChannels(1).optWidth(4).optDepth(1).build();
        TrainingSettings settings = new TrainingSettings(2, 4, 2, 1e-3f, 100, 3).withWeightAveraging(2);
        TrainingState state = new SupervisedTrainer(settings, Device.cpu()).train("unet-swa", unet, new SyntheticDenoising(16, 0.1f, 1), temp, recording);
        assertEquals(2, state.epoch());
        assertTrue(Double.isFinite(state.bestValidationLoss()));
        assertTrue(!offeredMeans.isEmpty() && Double.isFinite(offeredMeans.get(offeredMeans.size() - 1)[0]));
    }
}
