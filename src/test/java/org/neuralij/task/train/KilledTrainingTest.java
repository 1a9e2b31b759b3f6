package org.neuralij.task.train;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuralij.model.ModelRegistry;
import org.neuralij.train.loop.SupervisedTrainer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A training killed with SIGKILL (no chance to clean up) resumes from its last checkpoint when started again under the same name. */
@Tag("slow")
class KilledTrainingTest {

    @TempDir
    Path temp;

    @Test
    void aTrainingKilledWithSigkillResumesFromItsLastCheckpoint() throws Exception {
        Path images = CleanImageFolder.create(temp.resolve("clean"));
        Path models = temp.resolve("models");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process training = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"),
                TrainUntilKilled.class.getName(), images.toString(), models.toString()).redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile()).start();
        Path csv = models.resolve("killed").resolve(SupervisedTrainer.CSV);
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!(Files.exists(csv) && Files.readAllLines(csv).size() >= 3) && System.nanoTime() < deadline) Thread.sleep(100);
        } finally {
            training.destroyForcibly();
            training.waitFor(1, TimeUnit.MINUTES);
        }
        int epochsBeforeKill = Files.readAllLines(csv).size() - 1;
        assertTrue(epochsBeforeKill >= 2, "the child trained at least two epochs: " + Files.readString(temp.resolve("child.log")));

        AtomicInteger firstStep = new AtomicInteger();
        AtomicInteger lastStep = new AtomicInteger();
        TrainingProgress tenMoreSteps = new TrainingProgress() {
            @Override
            public void stepDone(int globalStep, int totalSteps, double loss, double secondsLeft) {
                firstStep.compareAndSet(0, globalStep);
                lastStep.set(globalStep);
            }

            @Override
            public boolean stopRequested() {
                return firstStep.get() > 0 && lastStep.get() >= firstStep.get() + 9;
            }
        };
        TrainModel.Outcome resumed = new TrainModel(new ModelRegistry(List.of(models))).train(TrainUntilKilled.request(images), "cpu", tenMoreSteps);
        // The kill may fall between an epoch's CSV line and its checkpoint: then the epoch before is where it resumes.
        assertTrue(firstStep.get() > 10 * (epochsBeforeKill - 1), "resumed at step " + firstStep.get() + ", not from the start");
        assertEquals(firstStep.get() + 9, resumed.state().globalStep());
        assertTrue(resumed.state().history().size() >= epochsBeforeKill - 1, "epochs before the kill are kept: " + resumed.state().history().size());
        assertEquals(resumed.state().history().size() + 1, Files.readAllLines(csv).size(), "the CSV matches the checkpoint, no epoch twice");
    }
}
