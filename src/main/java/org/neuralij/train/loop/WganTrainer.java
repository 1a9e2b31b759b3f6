package org.neuralij.train.loop;

import org.neuralij.train.data.ImageBatches;
import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import org.neuralij.image.Preview;
import org.neuralij.train.loss.AdversarialLoss;
import org.neuralij.train.loss.GradientPenalty;
import org.neuralij.train.loss.WeightClipping;
import org.neuralij.train.optim.AdamOptimizer;
import org.neuralij.train.optim.Gradients;
import org.neuralij.train.optim.RmsPropOptimizer;
import org.neuralij.train.optim.Schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Wasserstein GAN training (Arjovsky et al., lesson 12): a generator from noise against a critic
 * whose weights are clipped to ±0.01 after each of its updates, RMSprop for both, several critic
 * updates per generator update (100 for the first 25 generator steps and every 500th, otherwise 5,
 * as in the paper; settable). One step is one generator update. The epoch record holds the
 * generator's loss and the critic's Wasserstein estimate, mean D(real) − mean D(fake), which should
 * shrink as the generator improves. Checkpoints and resume as in {@link CycleGanTrainer}. After every epoch the generator
 * goes to {@link TrainingListener#betterModel}, and the preview shows the last step's fakes.
 * <p>
 * WGAN-GP (Gulrajani et al.), {@link #withGradientPenalty}: instead of clipping, the critic's loss
 * gets a {@link GradientPenalty}, and both networks learn with Adam, betas (0, 0.9); the paper uses
 * λ = 10, 5 critic updates per generator update throughout and lr 1e-4 ({@link #gradientPenaltyPaper}).
 * A checkpoint resumes with the variant that wrote it.
 */
public final class WganTrainer {

    public static final String GENERATOR_CHECKPOINT = "checkpoint-generator.zip";
    public static final String CRITIC_CHECKPOINT = "checkpoint-critic.zip";

    private final TrainingSettings settings;
    private final Device device;
    private final int latent;
    private final int criticSteps;
    private final int warmUpCriticSteps;
    private final GradientPenalty penalty;
    private static final int PREVIEW_SIDE = 4;
    private final AdversarialLoss wasserstein = AdversarialLoss.WASSERSTEIN;

    /** With weight clipping. */
    public WganTrainer(TrainingSettings settings, Device device, int latent, int criticSteps, int warmUpCriticSteps) {
        this(settings, device, latent, criticSteps, warmUpCriticSteps, null);
    }

    private WganTrainer(TrainingSettings settings, Device device, int latent, int criticSteps, int warmUpCriticSteps, GradientPenalty penalty) {
        if (criticSteps < 1 || warmUpCriticSteps < 1) throw new IllegalArgumentException("the critic needs at least one update per generator update");
        this.settings = settings;
        this.device = device;
        this.latent = latent;
        this.criticSteps = criticSteps;
        this.warmUpCriticSteps = warmUpCriticSteps;
        this.penalty = penalty;
    }

    /** The same schedule of critic updates, with a gradient penalty of this weight instead of clipping, and Adam instead of RMSprop. */
    public WganTrainer withGradientPenalty(float weight) {
        return new WganTrainer(settings, device, latent, criticSteps, warmUpCriticSteps, new GradientPenalty(weight));
    }

    /** WGAN-GP as in the paper: λ = 10, always 5 critic updates per generator update (give it lr 1e-4 in the settings). */
    public static WganTrainer gradientPenaltyPaper(TrainingSettings settings, Device device, int latent) {
        return new WganTrainer(settings, device, latent, 5, 5).withGradientPenalty(GradientPenalty.PAPER_WEIGHT);
    }

    /** The paper's schedule: 5 critic updates per generator update, 100 at the start and every 500 generator updates. */
    public static WganTrainer paper(TrainingSettings settings, Device device, int latent) {
        return new WganTrainer(settings, device, latent, 5, 100);
    }

    public TrainingState train(String name, Block generator, Block critic, ImageBatches data, Path folder, TrainingListener listener) throws IOException {
        Shape noiseShape = new Shape(settings.batch(), latent, 1, 1);
        Shape imageShape = new Shape(settings.batch(), data.channels(), data.size(), data.size());
        Path generatorFile = folder.resolve(GENERATOR_CHECKPOINT);
        Path criticFile = folder.resolve(CRITIC_CHECKPOINT);
        int stepsDone = TwoNetworkTraining.startingState(generatorFile, criticFile).globalStep();
        Schedule rate = Schedule.constant(settings.learningRate());
        TwoNetworkTraining.Side<?> generatorSide = side("generator", generator, noiseShape, rate, stepsDone, generatorFile);
        TwoNetworkTraining.Side<?> criticSide = side("critic", critic, imageShape, rate, criticUpdatesUpTo(stepsDone), criticFile);
        return TwoNetworkTraining.run(name, folder, device, settings.seed(), generatorSide, criticSide, (generators, critics, state, checkpoints) ->
                EpochLoop.run(settings, rate, state, folder, listener, new Rounds(generators, critics, data, noiseShape, imageShape), checkpoints));
    }

    private int criticUpdatesAt(int globalStep) {
        return globalStep <= 25 || globalStep % 500 == 0 ? warmUpCriticSteps : criticSteps;
    }

    /** Adam's bias correction counts the critic's own updates: a resumed critic continues that count. */
    private int criticUpdatesUpTo(int globalStep) {
        int updates = 0;
        for (int step = 1; step <= globalStep; step++) updates += criticUpdatesAt(step);
        return updates;
    }

    private TwoNetworkTraining.Side<?> side(String label, Block block, Shape shape, Schedule rate, int stepsDone, Path checkpoint) {
        Shape[] shapes = {shape};
        return penalty == null
                ? new TwoNetworkTraining.Side<>(label, block, shapes, new RmsPropOptimizer(rate, stepsDone), checkpoint)
                : new TwoNetworkTraining.Side<>(label, block, shapes, new AdamOptimizer(rate, Schedule.constant(0), 0.9f, stepsDone), checkpoint);
    }

    /** One generator update after its critic updates. */
    private final class Rounds implements EpochLoop.Rounds {
        private final Trainer generators;
        private final Trainer critics;
        private final ImageBatches data;
        private final Shape noiseShape;
        private final Shape imageShape;

        private final float[] real;
        private final float[] noise;
        private float[] sample = new float[0];

        Rounds(Trainer generators, Trainer critics, ImageBatches data, Shape noiseShape, Shape imageShape) {
            this.generators = generators;
            this.critics = critics;
            this.data = data;
            this.noiseShape = noiseShape;
            this.imageShape = imageShape;
            this.real = new float[Math.toIntExact(imageShape.size())];
            this.noise = new float[Math.toIntExact(noiseShape.size())];
        }

        @Override
        public double[] step(int globalStep, Random random) {
            double estimate = 0;
            for (int i = 0; i < criticUpdatesAt(globalStep); i++) estimate = criticStep(random);
            return new double[] {generatorStep(random, globalStep % settings.stepsPerEpoch() == 0), estimate};
        }

        /** One critic update on a real batch and a batch of fakes; returns the Wasserstein estimate. */
        private double criticStep(Random random) {
            data.batch(random, settings.batch(), real);
            double estimate;
            try (NDManager scope = critics.getManager().newSubManager(); GradientCollector collector = critics.newGradientCollector()) {
                // the generator's loss sent gradients into the critic too: clear them before the critic learns
                Gradients.clear(critics.getModel().getBlock());
                NDArray fake = generators.forward(new NDList(scope.create(fillNoise(random), noiseShape))).head().stopGradient();
                NDArray realImages = scope.create(real, imageShape);
                NDList scores = critics.forward(new NDList(realImages));
                NDList fakeScores = critics.forward(new NDList(fake));
                NDArray loss = wasserstein.critic(scores.head(), fakeScores.head());
                estimate = -loss.getFloat();
                if (penalty != null) {
                    NDArray mixFactors = scope.create(uniform(random, settings.batch()));
                    loss = loss.add(penalty.of(critics.getModel().getBlock(), x -> critics.forward(new NDList(x)).head(), realImages, fake, mixFactors));
                }
                collector.backward(loss);
            }
            critics.step();
            if (penalty == null) WeightClipping.clip(critics.getModel().getBlock(), WeightClipping.WGAN_LIMIT);
            return estimate;
        }

        private float[] uniform(Random random, int count) {
            float[] values = new float[count];
            for (int i = 0; i < count; i++) values[i] = random.nextFloat();
            return values;
        }

        /** {@code keepSample}: keep this step's fakes as the epoch's preview (copied off the device only then). */
        private double generatorStep(Random random, boolean keepSample) {
            double loss;
            try (NDManager scope = generators.getManager().newSubManager(); GradientCollector collector = generators.newGradientCollector()) {
                NDArray fake = generators.forward(new NDList(scope.create(fillNoise(random), noiseShape))).head();
                NDArray value = wasserstein.generator(critics.forward(new NDList(fake)).head());
                loss = value.getFloat();
                collector.backward(value);
                if (keepSample) sample = fake.toFloatArray();
            }
            generators.step();
            return loss;
        }

        private float[] fillNoise(Random random) {
            for (int i = 0; i < noise.length; i++) noise[i] = (float) random.nextGaussian();
            return noise;
        }

        @Override
        public float[] preview() {
            return sample;
        }

        /** Up to 4 × 4 of the last fakes. */
        @Override
        public Preview previewImage() {
            int size = data.size();
            int values = data.channels() * size * size;
            int shown = Math.min(PREVIEW_SIDE * PREVIEW_SIDE, sample.length / values);
            if (shown == 0) return null;
            int columns = Math.min(PREVIEW_SIDE, shown);
            PreviewGrid grid = new PreviewGrid((shown + columns - 1) / columns, columns, size, data.channels());
            for (int i = 0; i < shown; i++) grid.put(i / columns, i % columns, Arrays.copyOfRange(sample, i * values, (i + 1) * values), data.channels());
            return grid.preview();
        }

        /** The generator is the model: there is no validation loss to pick an epoch by, so each epoch's is handed over. */
        @Override
        public void epochEnded(TrainingListener listener, TrainingState.EpochRecord record) throws IOException {
            listener.betterModel(generators.getModel().getBlock(), record);
        }
    }
}
