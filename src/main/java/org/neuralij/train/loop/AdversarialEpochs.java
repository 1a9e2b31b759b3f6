package org.neuralij.train.loop;

import org.neuralij.train.optim.Schedule;

import java.io.IOException;
import java.nio.file.Path;

/** The GAN trainings' names for the shared {@link EpochLoop}. */
final class AdversarialEpochs {

    /** What one kind of GAN training does in a round of updates. */
    interface Rounds extends EpochLoop.Rounds {
    }

    private AdversarialEpochs() {
    }

    static TrainingState run(TrainingSettings settings, Schedule rate, TrainingState resumed, Path folder, TrainingListener listener,
                             Rounds rounds, EpochLoop.Checkpointer checkpoints) throws IOException {
        return EpochLoop.run(settings, rate, resumed, folder, listener, rounds, checkpoints);
    }
}
