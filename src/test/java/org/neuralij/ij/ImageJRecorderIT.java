package org.neuralij.ij;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Run Model... started from the menu shows its dialog and is recorded with the keys of the macro contract. */
class ImageJRecorderIT {

    @TempDir
    Path userModels;

    @Test
    void theMenuCommandIsRecordedAsARunCallWithTheContractKeys() throws Exception {
        ImageJRunner.Run run = new ImageJRunner(userModels).javaMain(RecordingCheck.class.getName());
        assertTrue(run.output().contains("run(\"Run Model...\", \"model=denoise-gray tile=0 overlap=0 device=auto\");"), run.output());
        assertTrue(run.output().contains("ACTIVE probe-denoise-gray"), run.output());
    }

    @Test
    void aDialogWithAChoiceAndACheckboxIsRecordedWithItsKeys() throws Exception {
        ImageJRunner.Run run = new ImageJRunner(userModels).javaMain(RecordingCheck.class.getName(), "-Dneuralij.recorded.command=Translate (CycleGAN)...");
        assertTrue(run.output().contains("run(\"Translate (CycleGAN)...\", \"model=cyclegan direction=A_to_B tile=0 overlap=0 device=auto\");"), run.output());
        assertTrue(run.output().contains("ACTIVE probe-A_to_B"), run.output());
    }
}
