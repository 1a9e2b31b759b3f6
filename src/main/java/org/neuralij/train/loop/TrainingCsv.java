package org.neuralij.train.loop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The losses of every epoch as CSV next to the model, rewritten whole from the training state (so a resumed training
 * never repeats a line). {@code divergences} counts the returns to a checkpoint after a NaN or infinite loss, in the
 * whole training up to the end of that epoch: a run that needed none has 0 on every line.
 */
final class TrainingCsv {

    static final String FILE = "training.csv";
    static final String HEADER = "epoch,training_loss,validation_loss,learning_rate,seconds,divergences";

    private TrainingCsv() {
    }

    static void write(Path file, TrainingState state) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (TrainingState.EpochRecord record : state.history()) {
            csv.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.3g,%.1f,%d%n", record.epoch(), record.trainingLoss(),
                    record.validationLoss(), record.learningRate(), record.seconds(), record.divergences()));
        }
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
        try {
            Files.writeString(temporary, csv);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
