package org.neuralij.train.loop;

import org.neuralij.nn.engine.TorchEngine;
import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import org.neuralij.train.data.TrainingData;
import org.neuralij.train.optim.AdamOptimizer;
import org.neuralij.train.optim.OneCycleSchedule;
import org.neuralij.train.optim.Schedule;
import org.neuralij.train.optim.StatefulOptimizer;
import org.neuralij.train.optim.WeightAverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a network on input/target patches with pixel L1 loss (or another), Adam and the one-cycle
 * schedule, in epochs with a validation loss each, on the one training engine ({@link EpochLoop}). Writes {@code checkpoint.zip} every
 * {@code checkpointEverySteps}, at each epoch and on stop, and {@code training.csv}; started
 * again on a folder with a checkpoint, it resumes exactly where that checkpoint was. A loss that turns NaN or infinite
 * sends it back to the last checkpoint ({@value #RETRIES_AFTER_DIVERGENCE} times at most) before it gives up.
 * <p>
 * With {@link TrainingSettings#averagedEpochs()} &gt; 0 (stochastic weight averaging), the weights at
 * the end of each of those last epochs join an equal-weight average, kept in the checkpoint; when
 * the training finishes, the network gets the averaged weights, its BatchNorm statistics are
 * recomputed over an epoch's worth of training batches ({@link BatchNormStatistics}), and it is
 * validated and handed to {@link TrainingListener#betterModel} if it beats every epoch. The
 * checkpoint keeps the last epoch's own weights, so the training can be continued.
 */
public final class SupervisedTrainer {

    public static final String CHECKPOINT = "checkpoint.zip";
    public static final String CSV = TrainingCsv.FILE;
    /**
     * A NaN loss is not always the schedule's fault: the full sr-2x recipe hit one at step 1682, and the same steps
     * replayed from the checkpoint before it went through with gradient norms below 0.25 throughout. So a divergence
     * first goes back to the last checkpoint, this many times, before it stops the training.
     */
    static final int RETRIES_AFTER_DIVERGENCE = 2;

    private final TrainingSettings settings;
    private final Device device;
    private final Loss loss;
    private Path initialWeights;

    public SupervisedTrainer(TrainingSettings settings, Device device) {
        this(settings, device, Loss.l1Loss());
    }

    /** With another loss than pixel L1 (e.g. cross-entropy on masks); the validation loss is the same loss. */
    public SupervisedTrainer(TrainingSettings settings, Device device, Loss loss) {
        this.settings = settings;
        this.device = device;
        this.loss = loss;
    }

    /** Starts from these saved parameters (fine-tuning) instead of random ones, unless a checkpoint exists. */
    public SupervisedTrainer startingFrom(Path weights) {
        this.initialWeights = weights;
        return this;
    }

    /** @return the state at the end: finished, or where a stop left it */
    public TrainingState train(String name, Block block, TrainingData data, Path folder, TrainingListener listener) throws IOException {
        return train(name, NetworkSetup.of(block), data, folder, listener);
    }

    public TrainingState train(String name, NetworkSetup setup, TrainingData data, Path folder, TrainingListener listener) throws IOException {
        List<TrainingState.Divergence> divergences = new ArrayList<>();
        for (int retry = 1; ; retry++) {
            try {
                return trainFromCheckpoint(name, setup, data, folder, listener, divergences);
            } catch (TrainingDivergedException diverged) {
                if (retry > RETRIES_AFTER_DIVERGENCE) throw diverged;
                divergences.add(new TrainingState.Divergence(diverged.step(), diverged.epoch()));
                String from = Files.exists(folder.resolve(CHECKPOINT)) ? "the last checkpoint" : "the start (there is no checkpoint yet)";
                listener.notice("The loss became NaN or infinite at step " + diverged.step() + ": going on from " + from + " (retry "
                        + retry + " of " + RETRIES_AFTER_DIVERGENCE + "; recorded in " + CSV + " and in the model's manifest).");
            }
        }
    }

    private TrainingState trainFromCheckpoint(String name, NetworkSetup setup, TrainingData data, Path folder, TrainingListener listener,
                                              List<TrainingState.Divergence> divergences) throws IOException {
        Files.createDirectories(folder);
        try (TrainingLock ignored = TrainingLock.acquire(folder, name);
             Model model = TorchEngine.newModel(name, device)) {
            Block block = setup.install(model);
            try {
                return trainBlock(model, block, data, folder, listener, divergences);
            } catch (TrainingDivergedException diverged) {
                // the parameters' arrays are released with this model: a retry must give the block new ones
                for (Pair<String, Parameter> parameter : block.getParameters()) parameter.getValue().close();
                throw diverged;
            }
        }
    }

    private TrainingState trainBlock(Model model, Block block, TrainingData data, Path folder, TrainingListener listener,
                                     List<TrainingState.Divergence> divergences) throws IOException {
        Path checkpoint = folder.resolve(CHECKPOINT);
        OneCycleSchedule cycle = OneCycleSchedule.standard(settings.totalSteps());
        Shape inputShape = new Shape(settings.batch(), data.inputChannels(), data.patch(), data.patch());
        TrainingState state = Files.exists(checkpoint) ? CheckpointHeader.read(checkpoint) : TrainingState.start();
        AdamOptimizer optimizer = new AdamOptimizer(cycle.learningRate(settings.learningRate()), cycle.momentum(0.95f, 0.85f), 0.99f, state.globalStep());
        WeightAverage average = new WeightAverage(settings.averagedAfter(state.epoch()));
        StatefulOptimizer checkpointed = StatefulOptimizer.together(optimizer, average);
        if (Files.exists(checkpoint)) {
            block.initialize(model.getNDManager(), DataType.FLOAT32, inputShape);
            state = Checkpoint.read(checkpoint, block, checkpointed, model.getNDManager());
        } else if (initialWeights != null) {
            block.initialize(model.getNDManager(), DataType.FLOAT32, inputShape);
            SavedParameters.load(block, model.getNDManager(), initialWeights, "the network being trained");
        }
        state = state.withDivergences(divergences);
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss).optOptimizer(optimizer).optDevices(new Device[] {device});
        try (Trainer trainer = model.newTrainer(config)) {
            TorchEngine.get().setRandomSeed((int) settings.seed());
            trainer.initialize(inputShape);
            Schedule rate = cycle.learningRate(settings.learningRate());
            Rounds rounds = new Rounds(trainer, data, average);
            TrainingState finished = EpochLoop.run(settings, rate, state, folder, listener, rounds,
                    saved -> Checkpoint.write(checkpoint, block, checkpointed, saved));
            return average.count() > 0 && finished.epoch() == settings.epochs() ? rounds.withAverage(finished, listener) : finished;
        }
    }

    /** One optimisation step per round on a random batch of patches; the validation loss over the fixed validation patches. */
    private final class Rounds implements EpochLoop.Rounds {
        private final Trainer trainer;
        private final TrainingData data;
        private final WeightAverage average;
        private final float[] inputs;
        private final float[] targets;
        private final Shape inputShape;
        private float[] preview = new float[0];

        Rounds(Trainer trainer, TrainingData data, WeightAverage average) {
            this.trainer = trainer;
            this.data = data;
            this.average = average;
            int outSide = data.patch() * data.scale();
            this.inputs = new float[settings.batch() * data.inputChannels() * data.patch() * data.patch()];
            this.targets = new float[settings.batch() * data.targetChannels() * outSide * outSide];
            this.inputShape = new Shape(settings.batch(), data.inputChannels(), data.patch(), data.patch());
        }

        /** Returns the batch's loss twice: there is no other value to watch. */
        @Override
        public double[] step(int globalStep, Random random) {
            data.trainingBatch(random, settings.batch(), inputs, targets);
            float loss = TrainingStep.run(trainer, inputs, inputShape, targets, targetShape(settings.batch()));
            return new double[] {loss, loss};
        }

        /** The mean loss over the validation patches; keeps the output on the first one as the preview. */
        @Override
        public double validation(double watchedMean) {
            double validationLoss = 0;
            int count = Math.max(1, data.validationCount());
            float[] input = new float[data.inputChannels() * data.patch() * data.patch()];
            float[] target = new float[targets.length / settings.batch()];
            for (int i = 0; i < data.validationCount(); i++) {
                data.validationPatch(i, input, target);
                try (NDManager scope = trainer.getManager().newSubManager()) {
                    NDArray output = trainer.evaluate(new NDList(scope.create(input, new Shape(1, data.inputChannels(), data.patch(), data.patch())))).head();
                    validationLoss += trainer.getLoss().evaluate(new NDList(scope.create(target, targetShape(1))), new NDList(output)).getFloat();
                    if (i == 0) preview = output.toFloatArray();
                }
            }
            return validationLoss / count;
        }

        @Override
        public float[] preview() {
            return preview;
        }

        @Override
        public Block improvable() {
            return trainer.getModel().getBlock();
        }

        /** The weights at the end of each of the last {@link TrainingSettings#averagedEpochs()} epochs join the average, before the checkpoint. */
        @Override
        public void epochEnded(TrainingListener listener, TrainingState.EpochRecord record) {
            if (settings.averagesAfterEpoch(record.epoch())) average.add(trainer.getModel().getBlock());
        }

        /**
         * Puts the averaged weights into the network, with BatchNorm statistics of their own, and
         * reports them as the model if they validate better than every epoch. Not written to the
         * CSV or the checkpoint: a run of a finished training does it again, the same way.
         */
        TrainingState withAverage(TrainingState finished, TrainingListener listener) throws IOException {
            Block block = trainer.getModel().getBlock();
            average.copyInto(block);
            Random random = EpochLoop.stepRandom(settings.seed(), settings.totalSteps() + 1L);
            BatchNormStatistics.recompute(block, settings.stepsPerEpoch(), () -> {
                data.trainingBatch(random, settings.batch(), inputs, targets);
                try (NDManager scope = trainer.getManager().newSubManager()) {
                    trainer.forward(new NDList(scope.create(inputs, inputShape)));
                }
            });
            TrainingState.EpochRecord last = finished.history().get(finished.history().size() - 1);
            TrainingState.EpochRecord averaged = new TrainingState.EpochRecord(last.epoch(), last.trainingLoss(), validation(Double.NaN), last.learningRate(), 0,
                    last.divergences());
            if (finished.improvesOn(averaged.validationLoss())) listener.betterModel(block, averaged);
            return finished.withBestValidationLoss(averaged.validationLoss());
        }

        private Shape targetShape(int batch) {
            int side = data.patch() * data.scale();
            return new Shape(batch, data.targetChannels(), side, side);
        }
    }
}
