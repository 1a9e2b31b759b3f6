package org.neuralij.bench;

import org.neuralij.nn.engine.TorchEngine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import org.neuralij.nn.InstanceNorm2d;
import org.neuralij.nn.PixelShuffle;
import org.neuralij.nn.ReflectionPad2d;
import org.neuralij.nn.UNet;

import java.util.Arrays;
import java.util.Locale;

/**
 * Times CPU forward passes (median of 5 after a warm-up) of the org.neuralij.nn layers and of
 * the U-Net against plain 3×3 convolutions on the same tensor, to see whether composed layers
 * cost too much. Run: {@code java -cp <test class path> org.neuralij.bench.LayerCostBenchmark} (see bench/setup.sh).
 */
public final class LayerCostBenchmark {

    private static final int REPEATS = 5;

    public static void main(String[] args) {
        TorchEngine.kernels(); // the kernels every NeuralIJ command uses, checked on this machine
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Shape features = new Shape(1, 32, 256, 256);
            double conv = median(manager, conv3x3(32), features);
            report("3×3 conv 32→32 on 1×32×256×256", conv, conv);
            report("ReflectionPad2d(1)", median(manager, new ReflectionPad2d(1), features), conv);
            report("ReflectionPad2d(16)", median(manager, new ReflectionPad2d(16), features), conv);
            report("InstanceNorm2d(affine)", median(manager, new InstanceNorm2d(true), features), conv);
            report("PixelShuffle(2)", median(manager, new PixelShuffle(2), features), conv);

            UNet unet = UNet.builder().setInChannels(1).setOutChannels(1).optWidth(32).optDepth(3).build();
            Shape image = new Shape(1, 1, 512, 512);
            double unetTime = median(manager, unet, image);
            int convs = countConvolutions3x3(unet);
            SequentialBlock plain = new SequentialBlock();
            plain.add(conv3x3(32)).add(Activation.reluBlock());
            for (int i = 1; i < convs; i++) plain.add(conv3x3(32)).add(Activation.reluBlock());
            double plainTime = median(manager, plain, image);
            report("plain stack of " + convs + " 3×3 convs (32 ch) on 1×1×512×512", plainTime, plainTime);
            report("UNet width 32 depth 3 on 1×1×512×512", unetTime, plainTime);
        }
    }

    private static int countConvolutions3x3(Block block) {
        int count = block instanceof Conv2d && block.getParameters().get("weight").getArray().getShape().get(2) == 3 ? 1 : 0;
        for (Block child : block.getChildren().values()) count += countConvolutions3x3(child);
        return count;
    }

    private static Conv2d conv3x3(int filters) {
        return Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(filters).build();
    }

    private static double median(NDManager manager, Block block, Shape shape) {
        block.initialize(manager, DataType.FLOAT32, shape);
        double[] millis = new double[REPEATS];
        for (int run = -1; run < REPEATS; run++) {
            try (NDManager scratch = manager.newSubManager()) {
                NDArray input = scratch.randomNormal(shape);
                long start = System.nanoTime();
                block.forward(new ParameterStore(scratch, false), new NDList(input), false); // CPU ops are synchronous
                if (run >= 0) millis[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis[REPEATS / 2];
    }

    private static void report(String what, double millis, double reference) {
        System.out.printf(Locale.ROOT, "%-62s %9.1f ms  ×%.2f%n", what, millis, millis / reference);
    }
}
