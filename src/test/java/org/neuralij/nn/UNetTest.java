package org.neuralij.nn;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UNetTest extends ManagedArrays {


    private static NDArray forward(Block block, NDArray input, boolean training) {
        return block.forward(new ParameterStore(manager, false), new NDList(input), training).singletonOrThrow();
    }

    private static UNet.Builder tiny(int in, int out, int depth) {
        return UNet.builder().setInChannels(in).setOutChannels(out).optWidth(4).optDepth(depth);
    }

    @Test
    void outputKeepsTheSizeForEveryDepthWithAndWithoutResidualOutput() {
        for (int depth = 1; depth <= 4; depth++) {
            Shape input = new Shape(2, 2, 32, 48);
            UNet plain = tiny(2, 3, depth).optBlur(depth % 2 == 0).optBlocksPerStage(1 + depth % 2).build();
            plain.initialize(manager, DataType.FLOAT32, input);
            assertEquals(new Shape(2, 3, 32, 48), forward(plain, manager.randomNormal(input), false).getShape(), "depth " + depth);
            assertEquals(1 << depth, plain.sizeMultiple());

            UNet residual = tiny(2, 2, depth).optResidualOutput(true).optOutput(UNet.Output.TANH, 0.5f).build();
            residual.initialize(manager, DataType.FLOAT32, input);
            NDArray image = manager.randomNormal(input);
            NDArray restored = forward(residual, image, false);
            assertEquals(input, restored.getShape(), "residual depth " + depth);
            assertTrue(restored.sub(image).abs().max().getFloat() <= 0.5f + 1e-6f, "tanh-bounded correction");
        }
    }

    @Test
    void inferenceFreesEachStagesActivationsAndKeepsOnlyItsResult() {
        Shape input = new Shape(1, 1, 32, 32);
        UNet net = tiny(1, 1, 3).optResidualOutput(true).optOutput(UNet.Output.TANH, 0.5f).build();
        net.initialize(manager, DataType.FLOAT32, input);
        try (NDManager tile = manager.newSubManager()) {
            NDArray image = tile.randomNormal(input);
            NDArray restored = forward(net, image, false);
            assertEquals(input, restored.getShape());
            assertEquals(2, tile.getManagedArrays().size(), "the image and the result, no activations (DJL would keep them all until the tile ends)");
            assertTrue(restored.sub(image).abs().max().getFloat() <= 0.5f + 1e-6f, "the result is usable after the step scopes closed");
        }
        try (NDManager tile = manager.newSubManager()) {
            forward(net, tile.randomNormal(input), true);
            assertTrue(tile.getManagedArrays().size() > 20, "training keeps what autograd needs: " + tile.getManagedArrays().size());
        }
    }

    @Test
    void sigmoidOutputIsBetweenZeroAndOne() {
        UNet net = tiny(1, 2, 2).optOutput(UNet.Output.SIGMOID).build();
        Shape input = new Shape(1, 1, 16, 16);
        net.initialize(manager, DataType.FLOAT32, input);
        NDArray output = forward(net, manager.randomNormal(input).mul(10), false);
        assertTrue(output.min().getFloat() >= 0 && output.max().getFloat() <= 1);
    }

    @Test
    void sizeThatIsNotAMultipleIsRefusedNamingTheMultiple() {
        UNet net = tiny(1, 1, 3).build();
        IllegalArgumentException atInit = assertThrows(IllegalArgumentException.class,
                () -> net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 30, 32)));
        assertTrue(atInit.getMessage().contains("multiples of its size multiple 8") && atInit.getMessage().contains("32×30"), atInit.getMessage());

        net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 32, 32));
        IllegalArgumentException atRun = assertThrows(IllegalArgumentException.class,
                () -> forward(net, manager.zeros(new Shape(1, 1, 36, 32)), false));
        assertTrue(atRun.getMessage().contains("size multiple 8"), atRun.getMessage());
    }

    @Test
    void residualOutputNeedsAtLeastAsManyInputChannels() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> tiny(1, 3, 2).optResidualOutput(true).build());
        assertTrue(error.getMessage().contains("inChannels >= outChannels"), error.getMessage());
        tiny(2, 1, 2).optResidualOutput(true).build(); // an inpainting U-Net: image + mask in, image out
    }

    @Test
    void noOutputChangesBeyondTheReceptiveFieldRadius() {
        UNet net = tiny(1, 1, 2).optBlur(true).optBlocksPerStage(2).build();
        int size = 128;
        int centre = 64;
        int radius = net.receptiveFieldRadius();
        assertTrue(radius < centre, "test image too small for radius " + radius);
        Shape shape = new Shape(1, 1, size, size);
        net.initialize(manager, DataType.FLOAT32, shape);
        NDArray image = manager.randomNormal(shape);
        NDArray poked = image.duplicate();
        poked.set(new NDIndex(0, 0, centre, centre), 100f);
        float[] change = forward(net, poked, false).sub(forward(net, image, false)).abs().toFloatArray();
        float largestInside = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean outside = Math.max(Math.abs(x - centre), Math.abs(y - centre)) > radius;
                if (outside) assertEquals(0f, change[y * size + x], 1e-6f, "change at " + x + "," + y + " beyond radius " + radius);
                else largestInside = Math.max(largestInside, change[y * size + x]);
            }
        }
        assertTrue(largestInside > 0, "the poke changes the output near it");
    }

    @Test
    void savedParametersLoadIntoAFreshNetwork() throws Exception {
        Shape shape = new Shape(2, 1, 16, 16);
        UNet trained = tiny(1, 1, 2).optBlur(true).build();
        trained.initialize(manager, DataType.FLOAT32, shape);
        NDArray image = manager.randomNormal(shape);
        forward(trained, image, true); // moves the batch-norm running statistics away from their initial values
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.saveParameters(new DataOutputStream(bytes));

        UNet fresh = tiny(1, 1, 2).optBlur(true).build();
        fresh.initialize(manager, DataType.FLOAT32, shape);
        fresh.loadParameters(manager, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertArrayEquals(forward(trained, image, false).toFloatArray(), forward(fresh, image, false).toFloatArray(), 0f);
    }

    @Test
    void builtinArchitectureReadsTheManifestParameters() {
        Block net = BuiltinArchitecture.spec("unet",
                Map.of("inChannels", 3.0, "outChannels", 2.0, "width", 4.0, "depth", 2.0, "blocks", 2.0, "output", 1.0, "blur", 1.0)).build();
        Shape input = new Shape(1, 3, 8, 12);
        net.initialize(manager, DataType.FLOAT32, input);
        NDArray output = forward(net, manager.randomNormal(input), false);
        assertEquals(new Shape(1, 2, 8, 12), output.getShape());
        assertTrue(output.min().getFloat() >= 0, "output 1 is sigmoid");
        assertEquals(4, ((UNet) net).sizeMultiple());
        assertThrows(IllegalArgumentException.class, () -> BuiltinArchitecture.spec("unet", Map.of("output", 3.0)).build());
        assertThrows(IllegalArgumentException.class, () -> BuiltinArchitecture.spec("unet", Map.of("blur", 2.0)).build());
    }

    @Test
    void selfAttentionKeepsTheShapeStartsInertAndBoundsTheTile() {
        Block plain = BuiltinArchitecture.spec("unet", Map.of("channels", 1.0, "width", 8.0, "depth", 2.0)).build();
        Block attending = BuiltinArchitecture.spec("unet", Map.of("channels", 1.0, "width", 8.0, "depth", 2.0, "attention", 1.0)).build();
        Shape input = new Shape(2, 1, 16, 24);
        attending.initialize(manager, DataType.FLOAT32, input);
        assertEquals(input, forward(attending, manager.randomNormal(input), true).getShape());
        assertEquals(plain.getParameters().size() + 7, attending.getParameters().size(), "query, key, value (weight and bias) and gamma");
        assertEquals(2176, ((UNet) plain).largestTile(), "width 8: a 3 GiB activation budget");
        UNet bundledSize = (UNet) BuiltinArchitecture.spec("unet", Map.of("channels", 1.0, "width", 32.0, "depth", 3.0)).build();
        assertEquals(1088, bundledSize.largestTile(), "width 32: a 1024 px image still runs in one tile");
        int largest = ((UNet) attending).largestTile();
        assertEquals(90 * 4, largest, "(largest/4)^4 attention weights stay within 64 M");
        assertTrue(Math.pow(largest / 4.0, 4) <= UNet.ATTENTION_ENTRIES);
    }

    @Test
    void tinyNetworkOverfitsAFixedBatch() {
        Shape shape = new Shape(2, 1, 32, 32);
        float[] pixels = new float[(int) shape.size()];
        for (int i = 0; i < pixels.length; i++) {
            int x = i % 32;
            int y = i / 32 % 32;
            pixels[i] = (float) (0.5 + 0.4 * Math.sin(x / 3.0 + i / 1024) * Math.cos(y / 4.0));
        }
        try (Model model = Model.newInstance("unet-overfit", "PyTorch")) {
            model.setBlock(UNet.builder().setInChannels(1).setOutChannels(1).optWidth(8).optDepth(2).build());
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l1Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(3e-3f)).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(shape);
                NDArray input = trainer.getManager().create(pixels, shape);
                NDArray target = input.mul(-1).add(1); // a fixed mapping: inversion
                float first = 0;
                float last = 0;
                for (int step = 1; step <= 150; step++) {
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDArray prediction = trainer.forward(new NDList(input)).singletonOrThrow();
                        NDArray loss = trainer.getLoss().evaluate(new NDList(target), new NDList(prediction));
                        collector.backward(loss);
                        last = loss.getFloat();
                        if (step == 1) first = last;
                    }
                    trainer.step();
                }
                assertTrue(last * 5 <= first, "L1 loss fell from " + first + " to " + last + ", less than 5×");
            }
        }
    }
}
