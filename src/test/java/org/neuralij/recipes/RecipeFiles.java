package org.neuralij.recipes;

import org.neuralij.model.ModelManifest;
import org.neuralij.train.loop.TrainingListener;
import org.neuralij.train.loop.TrainingState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** Steps every recipe shares: printing the epochs, copying a trained model into models/, replacing its manifest. */
final class RecipeFiles {

    private RecipeFiles() {
    }

    /** Copies the manifest, weights and training.csv of a trained model into {@code output}, removing older weights there. */
    static void copyModel(Path trained, Path output) throws Exception {
        Files.createDirectories(output);
        ModelManifest manifest = ModelManifest.read(trained.resolve(ModelManifest.FILE_NAME));
        try (var old = Files.list(output)) {
            for (Path file : (Iterable<Path>) old::iterator) if (file.toString().endsWith(".params")) Files.delete(file);
        }
        Files.copy(trained.resolve(manifest.weights().file()), output.resolve(manifest.weights().file()), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(trained.resolve(ModelManifest.FILE_NAME), output.resolve(ModelManifest.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(trained.resolve("training.csv"), output.resolve("training.csv"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Replaces the folder's model.json atomically. */
    static void writeManifest(Path folder, ModelManifest manifest) throws Exception {
        Path temporary = Files.createTempFile(folder, "model", ".json.partial");
        Files.writeString(temporary, manifest.toJson());
        Files.move(temporary, folder.resolve(ModelManifest.FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Prints each epoch's losses (named {@code loss}) and time. */
    static TrainingListener printingEpochs(String loss) {
        return new TrainingListener() {
            @Override
            public void epochDone(TrainingState.EpochRecord record, int total, float[] preview) {
                System.out.printf(Locale.ROOT, "epoch %d/%d  training %s %.4f  validation %s %.4f  %.0f s%n",
                        record.epoch(), total, loss, record.trainingLoss(), loss, record.validationLoss(), record.seconds());
            }
        };
    }
}
