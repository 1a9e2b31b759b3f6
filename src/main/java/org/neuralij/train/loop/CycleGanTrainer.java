package org.neuralij.train.loop;

import org.neuralij.image.Preview;
import org.neuralij.train.data.UnpairedData;
import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import org.neuralij.nn.NetworkPair;
import org.neuralij.train.data.ImagePool;
import org.neuralij.train.loss.AdversarialLoss;
import org.neuralij.train.loss.CycleConsistency;
import org.neuralij.train.optim.AdamOptimizer;
import org.neuralij.train.optim.Gradients;
import org.neuralij.train.optim.LinearDecaySchedule;
import org.neuralij.train.optim.Schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * CycleGAN training (Zhu et al., lesson 12): generators A→B and B→A against two critics with the
 * least-squares GAN loss, cycle loss λ·L1 (λ = 10) and identity loss w·λ·L1 (w = 0.5 in the course; when both
 * domains have the same channels), critics shown fakes from a pool of 50, Adam lr 2e-4 with β1 = 0.5,
 * constant for the first half of the steps and falling linearly to 0 in the second. Each epoch's
 * record holds the generators' total loss as training loss and the cycle reconstruction L1 — the
 * check the course uses — in place of a validation loss. With no validation loss to pick a best
 * model by, the generators are handed to {@link TrainingListener#betterModel} at the end of every
 * epoch (before its checkpoint), and the preview is a grid of the fixed samples of
 * {@link UnpairedData#previewA()}/{@link UnpairedData#previewB()}: real A → fake B → reconstructed A
 * above real B → fake A → reconstructed B. Checkpoints and resume as in
 * {@link SupervisedTrainer}, one file per pair of networks, and the pools of fakes in a third
 * ({@link #POOLS_CHECKPOINT}), so that a resumed training goes on exactly as an uninterrupted one.
 */
public final class CycleGanTrainer {

    public static final String GENERATORS_CHECKPOINT = "checkpoint-generators.zip";
    public static final String CRITICS_CHECKPOINT = "checkpoint-critics.zip";
    public static final String POOLS_CHECKPOINT = "checkpoint-pools.bin";
    private static final float BETA1 = 0.5f;
    private static final float BETA2 = 0.999f;

    private final TrainingSettings settings;
    private final Device device;
    private final CycleConsistency consistency;
    private final AdversarialLoss adversarial = AdversarialLoss.LEAST_SQUARES;

    /** {@code identityWeight}: the identity loss as a fraction of λ (0.5 in the course, 0 = none). */
    public CycleGanTrainer(TrainingSettings settings, Device device, float identityWeight) {
        this.settings = settings;
        this.device = device;
        this.consistency = new CycleConsistency(CycleConsistency.CYCLEGAN_LAMBDA, identityWeight);
    }

    /** {@code generators} = (A→B, B→A); {@code critics} = (critic of A, critic of B). */
    public TrainingState train(String name, NetworkPair generators, NetworkPair critics, UnpairedData data, Path folder, TrainingListener listener) throws IOException {
        Shape shapeA = new Shape(settings.batch(), data.channelsA(), data.patch(), data.patch());
        Shape shapeB = new Shape(settings.batch(), data.channelsB(), data.patch(), data.patch());
        Path generatorsFile = folder.resolve(GENERATORS_CHECKPOINT);
        Path criticsFile = folder.resolve(CRITICS_CHECKPOINT);
        int stepsDone = TwoNetworkTraining.startingState(generatorsFile, criticsFile).globalStep();
        int half = settings.totalSteps() / 2;
        Schedule rate = new LinearDecaySchedule(settings.learningRate(), half, settings.totalSteps() - half);
        Shape[] shapes = {shapeA, shapeB};
        TwoNetworkTraining.Side<AdamOptimizer> generatorSide = new TwoNetworkTraining.Side<>("generators", generators, shapes,
                new AdamOptimizer(rate, Schedule.constant(BETA1), BETA2, stepsDone), generatorsFile);
        TwoNetworkTraining.Side<AdamOptimizer> criticSide = new TwoNetworkTraining.Side<>("critics", critics, shapes,
                new AdamOptimizer(rate, Schedule.constant(BETA1), BETA2, stepsDone), criticsFile);
        Path poolsFile = folder.resolve(POOLS_CHECKPOINT);
        return TwoNetworkTraining.run(name, folder, device, settings.seed(), generatorSide, criticSide, (generatorTrainer, criticTrainer, state, checkpoints) -> {
            Run run = new Run(generatorTrainer, criticTrainer, data, shapeA, shapeB, rate);
            if (state.globalStep() > 0) PoolFile.read(poolsFile, state.globalStep(), run.poolA, run.poolB);
            return EpochLoop.run(settings, rate, state, folder, listener, run, saved -> {
                PoolFile.write(poolsFile, saved.globalStep(), run.poolA, run.poolB);
                checkpoints.save(saved);
            });
        });
    }

    /** The rounds of updates over the two prepared trainers. */
    private final class Run implements EpochLoop.Rounds {
        private final Trainer generators;
        private final Trainer critics;
        private final UnpairedData data;
        private final Shape shapeA;
        private final Shape shapeB;
        private final Schedule rate;
        private final float[] realA;
        private final float[] realB;
        private final ImagePool poolA = new ImagePool(ImagePool.CYCLEGAN_SIZE);
        private final ImagePool poolB = new ImagePool(ImagePool.CYCLEGAN_SIZE);
        private float[] fakeA;
        private float[] fakeB;

        Run(Trainer generators, Trainer critics, UnpairedData data, Shape shapeA, Shape shapeB, Schedule rate) {
            this.generators = generators;
            this.critics = critics;
            this.data = data;
            this.shapeA = shapeA;
            this.shapeB = shapeB;
            this.rate = rate;
            this.realA = new float[Math.toIntExact(shapeA.size())];
            this.realB = new float[Math.toIntExact(shapeB.size())];
        }

        @Override
        public double[] step(int globalStep, Random random) {
            data.batchA(random, settings.batch(), realA);
            data.batchB(random, settings.batch(), realB);
            double[] generator = generatorStep(globalStep);
            criticStep(random);
            return generator;
        }

        @Override
        public float[] preview() {
            return previewImage().pixels();
        }

        @Override
        public Preview previewImage() {
            Shape oneA = new Shape(1, data.channelsA(), data.patch(), data.patch());
            Shape oneB = new Shape(1, data.channelsB(), data.patch(), data.patch());
            float[] a = data.previewA();
            float[] b = data.previewB();
            CycleOutputs outputs = CycleOutputs.of(generators.getModel().getBlock(), generators.getManager(), a, oneA, b, oneB);
            int channelsA = data.channelsA();
            int channelsB = data.channelsB();
            return new PreviewGrid(2, 3, data.patch(), Math.max(channelsA, channelsB))
                    .put(0, 0, a, channelsA).put(0, 1, outputs.fakeB(), channelsB).put(0, 2, outputs.reconstructedA(), channelsA)
                    .put(1, 0, b, channelsB).put(1, 1, outputs.fakeA(), channelsA).put(1, 2, outputs.reconstructedB(), channelsB)
                    .preview();
        }

        @Override
        public void epochEnded(TrainingListener listener, TrainingState.EpochRecord record) throws IOException {
            listener.betterModel(generators.getModel().getBlock(), record);
        }

        /** The generators' update; returns their total loss and the cycle reconstruction L1. */
        private double[] generatorStep(int globalStep) {
            double total;
            double cycleL1;
            try (NDManager scope = generators.getManager().newSubManager(); GradientCollector collector = generators.newGradientCollector()) {
                NDArray a = scope.create(realA, shapeA);
                NDArray b = scope.create(realB, shapeB);
                NDList fakes = generators.forward(new NDList(a, b));
                NDArray translatedB = fakes.get(0);
                NDArray translatedA = fakes.get(1);
                NDList reconstructed = generators.forward(new NDList(translatedA, translatedB));
                NDArray cycle = consistency.cycle(reconstructed.get(1), a).add(consistency.cycle(reconstructed.get(0), b));
                NDList scores = critics.forward(new NDList(translatedA, translatedB));
                NDArray loss = adversarial.generator(scores.get(0)).add(adversarial.generator(scores.get(1))).add(cycle);
                if (consistency.usesIdentity() && data.channelsA() == data.channelsB()) {
                    NDList same = generators.forward(new NDList(b, a));
                    loss = loss.add(consistency.identity(same.get(0), b)).add(consistency.identity(same.get(1), a));
                }
                total = loss.getFloat();
                if (!Double.isFinite(total)) throw new TrainingDivergedException(globalStep, (globalStep - 1) / settings.stepsPerEpoch(), rate.at(globalStep));
                collector.backward(loss);
                cycleL1 = cycle.getFloat() / (2 * CycleConsistency.CYCLEGAN_LAMBDA);
                fakeA = translatedA.toFloatArray();
                fakeB = translatedB.toFloatArray();
            }
            generators.step();
            return new double[] {total, cycleL1};
        }

        private void criticStep(Random random) {
            try (NDManager scope = critics.getManager().newSubManager(); GradientCollector collector = critics.newGradientCollector()) {
                // the generators' loss sent gradients into the critics too: clear them before the critics learn
                Gradients.clear(critics.getModel().getBlock());
                NDList real = critics.forward(new NDList(scope.create(realA, shapeA), scope.create(realB, shapeB)));
                NDList fake = critics.forward(new NDList(scope.create(poolA.query(fakeA, random), shapeA), scope.create(poolB.query(fakeB, random), shapeB)));
                NDArray loss = adversarial.critic(real.get(0), fake.get(0)).add(adversarial.critic(real.get(1), fake.get(1))).mul(0.5f);
                collector.backward(loss);
            }
            critics.step();
        }
    }
}
