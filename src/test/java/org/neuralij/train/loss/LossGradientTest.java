package org.neuralij.train.loss;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.Pair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each loss passes a usable gradient back to a prediction that is a parameter. */
class LossGradientTest {

    private static NDManager manager;

    @BeforeAll
    static void open() {
        manager = NDManager.newBaseManager("PyTorch");
        manager.getEngine().setRandomSeed(3);
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    private static void assertGradient(String name, Shape shape, Function<NDArray, NDArray> loss) {
        NDArray prediction = manager.randomNormal(shape);
        prediction.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            collector.backward(loss.apply(prediction));
        }
        float[] gradient = prediction.getGradient().toFloatArray();
        boolean finite = true, nonZero = false;
        for (float g : gradient) {
            finite &= Float.isFinite(g);
            nonZero |= g != 0;
        }
        assertTrue(finite && nonZero, name + " gradient");
    }

    @Test
    void everyLossHasAFiniteNonZeroGradient() {
        Shape images = new Shape(2, 3, 8, 8);
        NDArray target = manager.randomNormal(images);
        NDArray labels = manager.randomInteger(0, 4, new Shape(2, 8, 8), DataType.INT32);
        Shape segmentation = new Shape(2, 4, 8, 8);
        NDArray other = manager.randomNormal(new Shape(2, 1, 4, 4));
        Shape scores = other.getShape();
        CycleConsistency cycle = new CycleConsistency(10, 0.5f);

        assertGradient("L1", images, p -> PixelLoss.l1().evaluate(new NDList(target), new NDList(p)));
        assertGradient("MSE", images, p -> PixelLoss.mse().evaluate(new NDList(target), new NDList(p)));
        assertGradient("feature", images, p -> FeatureLoss.fastai(LossReference::twoPoolingStages).between(p, target));
        assertGradient("cross-entropy", segmentation, p -> new PixelCrossEntropy(new float[] {1, 2, 3, 4}).evaluate(new NDList(labels), new NDList(p)));
        assertGradient("dice", segmentation, p -> new SoftDiceLoss().evaluate(new NDList(labels), new NDList(p)));
        for (AdversarialLoss adversarial : AdversarialLoss.values()) {
            assertGradient(adversarial + " critic (fake)", scores, p -> adversarial.critic(other, p));
            assertGradient(adversarial + " critic (real)", scores, p -> adversarial.critic(p, other));
            assertGradient(adversarial + " generator", scores, adversarial::generator);
        }
        assertGradient("cycle", images, p -> cycle.cycle(p, target));
        assertGradient("identity", images, p -> cycle.identity(p, target));
    }

    @Test
    void weightClippingClampsInPlaceAndTheBlockStillTrains() {
        Block critic = Linear.builder().setUnits(3).build();
        critic.setInitializer(new NormalInitializer(1), Parameter.Type.WEIGHT);
        NDArray input = manager.randomNormal(new Shape(4, 5));
        critic.initialize(manager, DataType.FLOAT32, input.getShape());
        NDArray weight = critic.getParameters().get("weight").getArray();
        critic.getParameters().get("bias").getArray().set(new float[] {-1, 0.005f, 1});

        WeightClipping.clip(critic, WeightClipping.WGAN_LIMIT);

        for (Pair<String, Parameter> parameter : critic.getParameters()) {
            NDArray clamped = parameter.getValue().getArray();
            assertTrue(clamped.abs().max().getFloat() <= WeightClipping.WGAN_LIMIT, parameter.getKey());
        }
        assertEquals(0.005f, critic.getParameters().get("bias").getArray().getFloat(1), "values inside the limit are kept");
        assertSame(weight, critic.getParameters().get("weight").getArray(), "the same array the optimizer holds");
        try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            NDArray output = critic.forward(new ParameterStore(manager, false), new NDList(input), true).singletonOrThrow();
            collector.backward(AdversarialLoss.WASSERSTEIN.generator(output));
        }
        assertTrue(weight.getGradient().abs().sum().getFloat() > 0, "weights still collect gradients");
    }
}
