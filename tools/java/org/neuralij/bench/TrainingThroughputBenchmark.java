package org.neuralij.bench;

import org.neuralij.nn.engine.TorchEngine;
import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import org.neuralij.nn.UNet;
import org.neuralij.train.loop.TrainingStep;
import org.neuralij.train.optim.AdamOptimizer;
import org.neuralij.train.optim.Schedule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Training images per second of the U-Net that Train Model builds (width 32, depth 3, residual
 * output), with the training step of {@link org.neuralij.train.loop.SupervisedTrainer} on random
 * data and constant Adam hyper-parameters (lr 1e-3, betas 0.9/0.999): the counterpart of
 * {@code bench/torch_unet.py train}. Prints the median of STEPS steps after 2 warm-up steps.
 * Args: SIZE BATCH STEPS (default 128 8 10).
 */
public final class TrainingThroughputBenchmark {

    private static final int WARM_UP = 2;

    public static void main(String[] args) {
        TorchEngine.kernels(); // the kernels every NeuralIJ command uses, checked on this machine
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Shape shape = new Shape(batch, 1, size, size);
        UNet unet = UNet.builder().setInChannels(1).setOutChannels(1).optWidth(32).optDepth(3).optBlocksPerStage(1).optResidualOutput(true).build();
        AdamOptimizer adam = new AdamOptimizer(Schedule.constant(1e-3f), Schedule.constant(0.9f), 0.999f, 0);
        try (Model model = Model.newInstance("unet-throughput", Device.cpu(), "PyTorch")) {
            model.setBlock(unet);
            try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(Loss.l1Loss()).optOptimizer(adam))) {
                trainer.initialize(shape);
                float[] inputs = randomValues(shape, 1);
                float[] targets = randomValues(shape, 2);
                double[] seconds = new double[steps];
                for (int step = -WARM_UP; step < steps; step++) {
                    long start = System.nanoTime();
                    TrainingStep.run(trainer, inputs, shape, targets, shape);
                    if (step >= 0) seconds[step] = (System.nanoTime() - start) / 1e9;
                }
                Arrays.sort(seconds);
                System.out.printf(Locale.ROOT, "java_images_per_second=%.3f parameters=%d%n", batch / seconds[steps / 2], trainableParameters(unet));
            }
        }
    }

    private static float[] randomValues(Shape shape, long seed) {
        Random random = new Random(seed);
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) values[i] = random.nextFloat();
        return values;
    }

    private static long trainableParameters(Block block) {
        return block.getParameters().values().stream().filter(Parameter::requiresGradient).mapToLong(p -> p.getArray().getShape().size()).sum();
    }
}
