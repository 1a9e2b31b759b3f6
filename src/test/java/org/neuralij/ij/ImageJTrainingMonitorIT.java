package org.neuralij.ij;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A training started from the menu shows a loss plot and a preview, and its Stop button stops it. */
class ImageJTrainingMonitorIT {

    @TempDir
    Path userModels;

    @Test
    void theMonitorShowsTheLossPlotAndPreviewAndItsStopButtonStops() throws Exception {
        ImageJRunner.Run run = new ImageJRunner(userModels).javaMain(TrainingMonitorCheck.class.getName());
        assertTrue(run.output().contains("WINDOW Loss of demo"), run.output());
        assertTrue(run.output().contains("WINDOW Preview of demo 16x16"), run.output());
        assertTrue(run.output().contains("GRID Preview of demo 100x66 3 channels shown true"), run.output());
        assertTrue(run.output().contains("STOP BEFORE false"), run.output());
        assertTrue(run.output().contains("STOP AFTER true"), run.output());
        assertTrue(run.output().contains("epoch 2/10, training loss 0.20000, validation 0.18000"), "epoch logged: " + run.output());
    }
}
