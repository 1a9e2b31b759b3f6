package org.neuralij.train.loop;

import ai.djl.nn.Block;
import org.neuralij.image.Preview;
import org.neuralij.train.optim.Schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * The one training engine: every training (supervised, GANs, CycleGAN, fast style transfer) runs its steps here.
 * One round of updates per step with its own random source (derived from the seed and the step alone, so a resumed
 * training draws what it would have drawn), a checkpoint every {@code checkpointEverySteps} and on stop, an epoch
 * record with the training loss and a validation value, the best model (a non-finite validation value never is),
 * the CSV and a checkpoint after each epoch.
 */
final class EpochLoop {

    /** What one kind of training does in a round of updates. */
    interface Rounds {
        /** Runs the updates of one step; returns the loss and the value to watch (e.g. cycle L1, Wasserstein estimate). */
        double[] step(int globalStep, Random random);

        /** A sample of the current output for the front end's preview. */
        float[] preview();

        /** The epoch record's validation value, given the mean of the watched value over the epoch's steps: by default that mean. */
        default double validation(double watchedMean) {
            return watchedMean;
        }

        /** The network a lower validation value is reported with to {@link TrainingListener#betterModel}; none by default. */
        default Block improvable() {
            return null;
        }

        /** The preview as an image of known layout, when {@link #preview()} is not one square patch; null if none. */
        default Preview previewImage() {
            return null;
        }

        /** At the end of each epoch, before its checkpoint: hand the network to be saved as the model, if this training saves one per epoch. */
        default void epochEnded(TrainingListener listener, TrainingState.EpochRecord record) throws IOException {
        }
    }

    /** Writes the checkpoints of a training in the given state. */
    @FunctionalInterface
    interface Checkpointer {
        void save(TrainingState state) throws IOException;
    }

    private EpochLoop() {
    }

    /**
     * The random source of one step (counted from 1). The seed is mixed (SplitMix64's finaliser) because
     * {@code java.util.Random} seeded with consecutive numbers draws nearly the same first values: the first patch of
     * every batch would crawl across the image instead of jumping.
     */
    static Random stepRandom(long seed, long step) {
        long z = seed * 0x9E3779B97F4A7C15L + step * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    static TrainingState run(TrainingSettings settings, Schedule rate, TrainingState resumed, Path folder, TrainingListener listener,
                             Rounds rounds, Checkpointer checkpoints) throws IOException {
        TrainingState state = resumed;
        int firstStep = state.globalStep();
        long started = System.nanoTime();
        while (state.epoch() < settings.epochs()) {
            int epoch = state.epoch();
            double lossSum = 0;
            double watchedSum = 0;
            int steps = 0;
            long start = System.nanoTime();
            while (state.epoch() == epoch) {
                if (listener.stopRequested()) {
                    checkpoints.save(state);
                    return state;
                }
                int step = state.globalStep() + 1;
                double[] result = rounds.step(step, stepRandom(settings.seed(), step));
                if (!Double.isFinite(result[0])) throw new TrainingDivergedException(step, epoch, rate.at(step));
                lossSum += result[0];
                watchedSum += result[1];
                steps++;
                state = state.afterStep(settings.stepsPerEpoch());
                double secondsPerStep = (System.nanoTime() - started) / 1e9 / (state.globalStep() - firstStep);
                listener.stepDone(state.globalStep(), settings.totalSteps(), lossSum / steps, secondsPerStep * (settings.totalSteps() - state.globalStep()));
                if (state.globalStep() % settings.checkpointEverySteps() == 0 && state.epoch() == epoch) checkpoints.save(state);
            }
            TrainingState.EpochRecord record = new TrainingState.EpochRecord(epoch + 1, lossSum / steps, rounds.validation(watchedSum / steps),
                    rate.at(state.globalStep()), (System.nanoTime() - start) / 1e9, state.divergences().size());
            boolean better = state.improvesOn(record.validationLoss());
            if (!Double.isFinite(record.validationLoss())) {
                listener.notice("The validation value of epoch " + (epoch + 1) + " is not a number (the network's output was not finite): this epoch's weights are not kept as the model.");
            }
            state = state.withEpoch(record);
            if (better && rounds.improvable() != null) listener.betterModel(rounds.improvable(), record);
            rounds.epochEnded(listener, record);
            TrainingCsv.write(folder.resolve(TrainingCsv.FILE), state);
            checkpoints.save(state);
            Preview image = rounds.previewImage();
            if (image != null) listener.epochDone(record, settings.epochs(), image);
            else listener.epochDone(record, settings.epochs(), rounds.preview());
        }
        return state;
    }
}
