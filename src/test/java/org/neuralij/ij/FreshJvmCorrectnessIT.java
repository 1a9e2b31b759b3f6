package org.neuralij.ij;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a script sees from {@code bin/imagej -batch}, each run in a fresh JVM: the small training of issue 19's
 * reproducer meets no NaN loss and no return to a checkpoint, and gives the same losses to the last digit every time;
 * a failed NeuralIJ command or training ends the run with exit status 1 and its message in the output.
 */
class FreshJvmCorrectnessIT {

    private static final int RUNS = 10;

    @TempDir
    Path userModels;
    @TempDir
    Path work;

    private ImageJRunner imagej() {
        return new ImageJRunner(userModels);
    }

    @Test
    void tenTrainingsInFreshJvmsMeetNoNaNAndGiveTheSameLosses() throws Exception {
        Path macro = ImageJRunner.PROJECT.resolve("bench/correctness-training.ijm");
        List<String> firstEpochs = null;
        for (int run = 1; run <= RUNS; run++) {
            String name = "restore-" + run;
            ImageJRunner.Run result = imagej().launcher(macro, work.resolve("crops") + "|" + name);
            assertEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().contains("correctness-training done: " + name), result.output());
            assertFalse(result.output().contains("NaN or infinite"), "run " + run + ":\n" + result.output());
            List<String> epochs = result.linesStartingWith("NeuralIJ " + name + ": epoch").stream()
                    .map(line -> line.substring(line.indexOf(": epoch")).replaceAll(", [0-9]+ s$", "")).toList();
            assertEquals(2, epochs.size(), result.output());
            if (firstEpochs == null) firstEpochs = epochs;
            else assertEquals(firstEpochs, epochs, "run " + run + " learnt otherwise than run 1 from the same data and seed");
            List<String> csv = Files.readAllLines(userModels.resolve(name).resolve("training.csv"));
            assertTrue(csv.get(0).endsWith(",divergences"), csv.get(0));
            for (String line : csv.subList(1, csv.size())) assertTrue(line.endsWith(",0"), "no return to a checkpoint: " + line);
            assertTrue(Files.readString(userModels.resolve(name).resolve("model.json")).contains("\"divergences\": 0"));
        }
    }

    @Test
    void aFailedCommandEndsTheLauncherWithExitStatusOne() throws Exception {
        Path macro = Files.writeString(work.resolve("fails.ijm"), String.join("\n",
                "newImage('probe', '8-bit ramp', 40, 30, 1);",
                "run('Run Model...', 'model=no-such-model');",
                "print('AFTER THE FAILED COMMAND');"));
        ImageJRunner.Run run = imagej().launcher(macro, null);
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("NeuralIJ Run Model: ") && run.output().contains("no-such-model"), run.output());
        assertFalse(run.output().contains("AFTER THE FAILED COMMAND"), run.output());
    }

    @Test
    void aFailedTrainingEndsWithExitStatusOneAndLeavesNoModelFolder() throws Exception {
        Path macro = Files.writeString(work.resolve("train-fails.ijm"),
                "run('Train Model...', 'task=denoise images=[" + work.resolve("no-such-folder") + "] epochs=1 name=never');\nprint('AFTER');");
        ImageJRunner.Run run = imagej().launcher(macro, null);
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("NeuralIJ Train Model: ") && run.output().contains("no-such-folder"), run.output());
        assertFalse(run.output().contains("AFTER"), run.output());
        assertFalse(Files.exists(userModels.resolve("never")), "nothing left behind");
    }
}
