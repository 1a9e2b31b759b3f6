package org.neuralij.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayersTest extends ManagedArrays {

    private static final TorchReference TORCH = new TorchReference();

    static NDArray run(Block block, NDArray input, boolean training) {
        block.initialize(manager, DataType.FLOAT32, input.getShape());
        NDArray output = block.forward(new ParameterStore(manager, false), new NDList(input), training).singletonOrThrow();
        assertEquals(block.getOutputShapes(new Shape[] {input.getShape()})[0], output.getShape(), "declared output shape");
        return output;
    }

    @Test
    void reflectionPadMatchesTorch() {
        NDArray input = TORCH.load(manager, "reflect-input");
        TORCH.assertMatches("reflect-3", run(new ReflectionPad2d(3), input, false));
        TORCH.assertMatches("reflect-1-2-0-4", run(new ReflectionPad2d(1, 2, 0, 4), input, false));
    }

    @Test
    void reflectionPadLargerThanInputIsRefused() {
        NDArray input = manager.zeros(new Shape(1, 1, 3, 3));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> run(new ReflectionPad2d(3), input, false));
        assertTrue(error.getMessage().contains("3×3"), error.getMessage());
    }

    @Test
    void blurMatchesFastaiBlur() {
        TORCH.assertMatches("blur", run(new Blur(), TORCH.load(manager, "reflect-input"), false));
    }

    @Test
    void pixelShuffleMatchesTorch() {
        TORCH.assertMatches("shuffle-2", run(new PixelShuffle(2), TORCH.load(manager, "shuffle-input"), false));
        TORCH.assertMatches("shuffle-3", run(new PixelShuffle(3), TORCH.load(manager, "shuffle3-input"), false));
    }

    @Test
    void transposedConvolutionMatchesTorch() {
        TransposedConv2d up = new TransposedConv2d(4, 2, 2, 1, true);
        NDArray input = TORCH.load(manager, "transposed-input");
        up.initialize(manager, DataType.FLOAT32, input.getShape());
        up.getParameters().get("weight").getArray().set(TORCH.load(manager, "transposed-weight").toFloatArray());
        up.getParameters().get("bias").getArray().set(TORCH.load(manager, "transposed-bias").toFloatArray());
        TORCH.assertMatches("transposed-output", run(up, input, false));
    }

    @Test
    void selfAttentionMatchesTorchAndStartsAsTheIdentity() {
        NDArray input = TORCH.load(manager, "attention-input");
        SelfAttention attention = new SelfAttention(16);
        attention.initialize(manager, DataType.FLOAT32, input.getShape());
        assertArrayEquals(input.toFloatArray(), run(attention, input, true).toFloatArray(), 0f, "gamma starts at 0: the block passes its input on");
        for (String conv : new String[] {"query", "key", "value"}) {
            for (String kind : new String[] {"weight", "bias"}) {
                parameterEndingWith(attention, conv + "_" + kind).getArray().set(TORCH.load(manager, "attention-" + conv + "-" + kind).toFloatArray());
            }
        }
        parameterEndingWith(attention, "gamma").getArray().set(new float[] {0.7f});
        TORCH.assertMatches("attention-output", run(attention, input, false));
    }

    private static ai.djl.nn.Parameter parameterEndingWith(ai.djl.nn.Block block, String suffix) {
        return block.getParameters().stream().filter(pair -> pair.getKey().endsWith(suffix)).map(ai.djl.util.Pair::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no parameter " + suffix + " in " + block.getParameters().keys()));
    }

    @Test
    void pixelShuffleNamesTheChannelMultiple() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new PixelShuffle(2).getOutputShapes(new Shape[] {new Shape(1, 6, 4, 4)}));
        assertTrue(error.getMessage().contains("divisible by 4"), error.getMessage());
    }

    @Test
    void instanceNormMatchesTorchInTrainingAndInference() {
        NDArray input = TORCH.load(manager, "instance-input");
        for (boolean training : new boolean[] {true, false}) {
            TORCH.assertMatches("instance-plain", run(new InstanceNorm2d(false), input, training));
            InstanceNorm2d affine = new InstanceNorm2d(true);
            affine.initialize(manager, DataType.FLOAT32, input.getShape());
            affine.getParameters().get("gamma").getArray().set(TORCH.load(manager, "instance-gamma").toFloatArray());
            affine.getParameters().get("beta").getArray().set(TORCH.load(manager, "instance-beta").toFloatArray());
            NDArray output = affine.forward(new ParameterStore(manager, false), new NDList(input), training).singletonOrThrow();
            TORCH.assertMatches("instance-affine", output);
        }
    }

    @Test
    void icnrConvolutionThenPixelShuffleIsNearestUpsamplingOfTheSubKernel() {
        int upscale = 2;
        Block conv = IcnrInitializer.applyTo(Convolutions.conv(3, 4 * upscale * upscale), upscale);
        NDArray input = manager.randomNormal(new Shape(2, 5, 6, 7));
        conv.initialize(manager, DataType.FLOAT32, input.getShape());
        ParameterStore store = new ParameterStore(manager, false);
        NDArray shuffled = new PixelShuffle(upscale).forward(store, conv.forward(store, new NDList(input), false), false).singletonOrThrow();

        NDArray weight = conv.getParameters().get("weight").getArray();
        NDArray bias = conv.getParameters().get("bias").getArray();
        Block subConv = Convolutions.conv(3, 4);
        subConv.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
        subConv.initialize(manager, DataType.FLOAT32, input.getShape());
        subConv.getParameters().get("weight").getArray().set(weight.get("::4").toFloatArray());
        subConv.getParameters().get("bias").getArray().set(bias.get("::4").toFloatArray());
        NDArray small = subConv.forward(store, new NDList(input), false).singletonOrThrow();
        NDArray nearest = small.repeat(2, upscale).repeat(3, upscale);

        assertTrue(shuffled.sub(nearest).abs().max().getFloat() < 1e-5f, "ICNR + pixel shuffle must be nearest upsampling");
        assertTrue(weight.get("0:4").sub(weight.get("4:8")).abs().max().getFloat() > 1e-3f, "groups get different kernels");
        float std = standardDeviation(weight.get("::4"));
        float kaiming = (float) Math.sqrt(2.0 / (5 * 3 * 3));
        assertTrue(std > 0.6 * kaiming && std < 1.4 * kaiming, "Kaiming-normal scale, std " + std + " vs " + kaiming);
    }

    private static float standardDeviation(NDArray values) {
        NDArray flat = values.flatten();
        return flat.sub(flat.mean()).square().mean().sqrt().getFloat();
    }
}
