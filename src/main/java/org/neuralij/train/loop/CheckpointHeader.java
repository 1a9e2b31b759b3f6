package org.neuralij.train.loop;


import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads only the training state of a checkpoint: the optimizer must know the step count before the weights are loaded. */
final class CheckpointHeader {

    private CheckpointHeader() {
    }

    static TrainingState read(Path checkpoint) throws IOException {
        try (InputStream in = Files.newInputStream(checkpoint); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("state.json")) {
                    return Checkpoint.GSON.fromJson(new String(zip.readAllBytes(), StandardCharsets.UTF_8), TrainingState.class);
                }
            }
        }
        throw new IOException("The checkpoint " + checkpoint + " has no training state: delete it to start the training afresh.");
    }
}
