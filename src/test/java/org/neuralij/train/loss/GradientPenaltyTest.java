package org.neuralij.train.loss;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import org.junit.jupiter.api.Test;
import org.neuralij.nn.DcganCritic;
import org.neuralij.train.optim.AdamOptimizer;
import org.neuralij.train.optim.Schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientPenaltyTest {

    private static final LossReference TORCH = new LossReference();

    /** make_loss_fixtures.py's critic: 3×3 conv to 3 channels, LeakyReLU 0.2, mean per image; its weights from the fixture. */
    private static Block fixtureCritic(NDManager manager) {
        Block critic = new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(3).build())
                .add(Activation.leakyReluBlock(0.2f))
                .add(new LambdaBlock(x -> new NDList(x.head().reshape(x.head().getShape().get(0), -1).mean(new int[] {1}))));
        critic.initialize(manager, DataType.FLOAT32, new Shape(4, 2, 5, 5));
        critic.getParameters().get(0).getValue().getArray().set(TORCH.floats("gp-weight"));
        critic.getParameters().get(1).getValue().getArray().set(TORCH.floats("gp-bias"));
        return critic;
    }

    @Test
    void thePenaltyAndItsGradientForTheCriticAreThoseOfPyTorch() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Block critic = fixtureCritic(manager);
            ParameterStore store = new ParameterStore(manager, false);
            NDArray weight = critic.getParameters().get(0).getValue().getArray();
            NDArray bias = critic.getParameters().get(1).getValue().getArray();
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                NDArray penalty = new GradientPenalty(GradientPenalty.PAPER_WEIGHT).of(critic, x -> critic.forward(store, new NDList(x), true).head(),
                        TORCH.load(manager, "gp-real"), TORCH.load(manager, "gp-fake"), TORCH.load(manager, "gp-eps"));
                TORCH.assertMatches("gp-penalty", penalty);
                collector.backward(penalty);
            }
            // only d penalty / d parameter: the double backward's first pass must not leave d critic / d parameter behind
            assertArrayEquals(TORCH.floats("gp-weight-gradient"), weight.getGradient().toFloatArray(), 1e-5f);
            assertArrayEquals(TORCH.floats("gp-bias-gradient"), bias.getGradient().toFloatArray(), 1e-5f);
        }
    }

    @Test
    void theNormsAreThoseOfPyTorch() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Block critic = fixtureCritic(manager);
            ParameterStore store = new ParameterStore(manager, false);
            try (GradientCollector ignored = manager.getEngine().newGradientCollector()) {
                NDArray norms = new GradientPenalty(1).gradientNorms(critic, x -> critic.forward(store, new NDList(x), true).head(),
                        TORCH.load(manager, "gp-real"), TORCH.load(manager, "gp-fake"), TORCH.load(manager, "gp-eps"));
                assertEquals(new Shape(4), norms.getShape());
                TORCH.assertMatches("gp-mean-norm", norms.mean());
            }
        }
    }

    @Test
    void trainingTheCriticWithThePenaltyBringsItsGradientNormsTowardOne() {
        Shape images = new Shape(8, 1, 16, 16);
        try (Model model = Model.newInstance("critic", Device.cpu(), "PyTorch")) {
            model.setBlock(DcganCritic.build(8, 16));
            AdamOptimizer adam = new AdamOptimizer(Schedule.constant(1e-3f), Schedule.constant(0), 0.9f, 0);
            try (Trainer critics = model.newTrainer(new DefaultTrainingConfig(ai.djl.training.loss.Loss.l1Loss()).optOptimizer(adam))) {
                critics.initialize(images);
                // small weights: gradient norms far below 1 at the start
                for (Pair<String, Parameter> parameter : critics.getModel().getBlock().getParameters()) parameter.getValue().getArray().muli(0.4f);
                NDManager manager = critics.getManager();
                manager.getEngine().setRandomSeed(11);
                NDArray real = manager.randomUniform(0.5f, 1, images);
                NDArray fake = manager.randomNormal(images).mul(0.3f);
                NDArray mix = manager.randomUniform(0, 1, new Shape(8));
                GradientPenalty penalty = new GradientPenalty(GradientPenalty.PAPER_WEIGHT);
                double before = meanNorm(critics, penalty, real, fake, mix);
                for (int step = 0; step < 40; step++) {
                    try (GradientCollector collector = critics.newGradientCollector()) {
                        NDArray scoresReal = critics.forward(new NDList(real)).head();
                        NDArray scoresFake = critics.forward(new NDList(fake)).head();
                        NDArray loss = AdversarialLoss.WASSERSTEIN.critic(scoresReal, scoresFake)
                                .add(penalty.of(critics.getModel().getBlock(), x -> critics.forward(new NDList(x)).head(), real, fake, mix));
                        assertTrue(Float.isFinite(loss.getFloat()), "loss at step " + step);
                        collector.backward(loss);
                    }
                    critics.step();
                }
                double after = meanNorm(critics, penalty, real, fake, mix);
                assertTrue(Math.abs(after - 1) < 0.5 * Math.abs(before - 1), "mean gradient norm " + before + " → " + after);
            }
        }
    }

    private static double meanNorm(Trainer critics, GradientPenalty penalty, NDArray real, NDArray fake, NDArray mix) {
        try (GradientCollector ignored = critics.newGradientCollector()) {
            return penalty.gradientNorms(critics.getModel().getBlock(), x -> critics.forward(new NDList(x)).head(), real, fake, mix).mean().getFloat();
        }
    }
}
