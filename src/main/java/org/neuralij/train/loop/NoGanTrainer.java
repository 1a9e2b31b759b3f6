package org.neuralij.train.loop;

import org.neuralij.train.data.TrainingData;
import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import org.neuralij.train.loss.AdversarialLoss;
import org.neuralij.train.loss.Distance;
import org.neuralij.train.optim.AdamOptimizer;
import org.neuralij.train.optim.Gradients;
import org.neuralij.train.optim.Schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * The adversarial phases of "NoGAN" training (DeOldify, lesson 7): the generator comes pretrained
 * with pixel loss (by {@link SupervisedTrainer}, its weights given here); the first
 * {@code criticPretrainSteps} steps train only the critic, on the pretrained generator's outputs
 * against the real targets; the remaining steps alternate a critic update and a generator update
 * whose loss is the adversarial loss plus {@code pixelWeight} (50–200) times the pixel L1. Adam with
 * momentum 0 (betas 0, 0.99) for both, as the course advises for GANs. The epoch record holds the
 * generator's total loss (the critic's during its pretraining) and the generator's pixel L1 — the
 * value to watch so that the images stay faithful.
 */
public final class NoGanTrainer {

    public static final String GENERATOR_CHECKPOINT = "checkpoint-generator.zip";
    public static final String CRITIC_CHECKPOINT = "checkpoint-critic.zip";

    private final TrainingSettings settings;
    private final Device device;
    private final int criticPretrainSteps;
    private final float pixelWeight;
    private final AdversarialLoss adversarial = AdversarialLoss.STANDARD;

    public NoGanTrainer(TrainingSettings settings, Device device, int criticPretrainSteps, float pixelWeight) {
        if (criticPretrainSteps < 0 || criticPretrainSteps >= settings.totalSteps()) {
            throw new IllegalArgumentException("the critic's pretraining (" + criticPretrainSteps + " steps) must leave steps for the adversarial phase (of " + settings.totalSteps() + ")");
        }
        this.settings = settings;
        this.device = device;
        this.criticPretrainSteps = criticPretrainSteps;
        this.pixelWeight = pixelWeight;
    }

    public TrainingState train(String name, Block generator, Path pretrainedGenerator, Block critic, TrainingData data, Path folder, TrainingListener listener) throws IOException {
        Shape inputShape = new Shape(settings.batch(), data.inputChannels(), data.patch(), data.patch());
        int side = data.patch() * data.scale();
        Shape targetShape = new Shape(settings.batch(), data.targetChannels(), side, side);
        Path generatorFile = folder.resolve(GENERATOR_CHECKPOINT);
        Path criticFile = folder.resolve(CRITIC_CHECKPOINT);
        int stepsDone = TwoNetworkTraining.startingState(generatorFile, criticFile).globalStep();
        Schedule rate = Schedule.constant(settings.learningRate());
        TwoNetworkTraining.Side<AdamOptimizer> generatorSide = new TwoNetworkTraining.Side<>("generator", generator, new Shape[] {inputShape},
                new AdamOptimizer(rate, Schedule.constant(0f), 0.99f, Math.max(0, stepsDone - criticPretrainSteps)), generatorFile, pretrainedGenerator);
        TwoNetworkTraining.Side<AdamOptimizer> criticSide = new TwoNetworkTraining.Side<>("critic", critic, new Shape[] {targetShape},
                new AdamOptimizer(rate, Schedule.constant(0f), 0.99f, stepsDone), criticFile);
        return TwoNetworkTraining.run(name, folder, device, settings.seed(), generatorSide, criticSide, (generators, critics, state, checkpoints) ->
                EpochLoop.run(settings, rate, state, folder, listener, new Rounds(generators, critics, data, inputShape, targetShape), checkpoints));
    }

    /** A critic update, then (after the critic's pretraining) a generator update. */
    private final class Rounds implements EpochLoop.Rounds {
        private final Trainer generators;
        private final Trainer critics;
        private final TrainingData data;
        private final Shape inputShape;
        private final Shape targetShape;
        private final float[] inputs;
        private final float[] targets;
        private float[] sample = new float[0];

        Rounds(Trainer generators, Trainer critics, TrainingData data, Shape inputShape, Shape targetShape) {
            this.generators = generators;
            this.critics = critics;
            this.data = data;
            this.inputShape = inputShape;
            this.targetShape = targetShape;
            this.inputs = new float[Math.toIntExact(inputShape.size())];
            this.targets = new float[Math.toIntExact(targetShape.size())];
        }

        @Override
        public double[] step(int globalStep, Random random) {
            data.trainingBatch(random, settings.batch(), inputs, targets);
            double[] critic = criticStep();
            return globalStep <= criticPretrainSteps ? critic : generatorStep();
        }

        /** Returns the critic's loss and the pixel L1 of the generator's (unchanged) output. */
        private double[] criticStep() {
            double loss;
            double pixel;
            try (NDManager scope = critics.getManager().newSubManager(); GradientCollector collector = critics.newGradientCollector()) {
                // the generator's loss sent gradients into the critic too: clear them before the critic learns
                Gradients.clear(critics.getModel().getBlock());
                NDArray fake = generators.forward(new NDList(scope.create(inputs, inputShape))).head().stopGradient();
                NDArray real = scope.create(targets, targetShape);
                NDArray value = adversarial.critic(critics.forward(new NDList(real)).head(), critics.forward(new NDList(fake)).head());
                loss = value.getFloat();
                pixel = Distance.L1.between(fake, real).getFloat();
                collector.backward(value);
            }
            critics.step();
            return new double[] {loss, pixel};
        }

        /** Returns the generator's total loss and its pixel L1. */
        private double[] generatorStep() {
            double total;
            double pixel;
            try (NDManager scope = generators.getManager().newSubManager(); GradientCollector collector = generators.newGradientCollector()) {
                NDArray output = generators.forward(new NDList(scope.create(inputs, inputShape))).head();
                NDArray pixelLoss = Distance.L1.between(output, scope.create(targets, targetShape));
                NDArray value = adversarial.generator(critics.forward(new NDList(output)).head()).add(pixelLoss.mul(pixelWeight));
                total = value.getFloat();
                pixel = pixelLoss.getFloat();
                collector.backward(value);
                sample = output.toFloatArray();
            }
            generators.step();
            return new double[] {total, pixel};
        }

        @Override
        public float[] preview() {
            return sample;
        }
    }
}
