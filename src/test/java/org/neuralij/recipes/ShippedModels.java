package org.neuralij.recipes;

import org.neuralij.model.ModelManifest;
import org.neuralij.train.loop.TrainingListener;
import org.neuralij.train.loop.TrainingState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** What every recipe does with the model Train Model made: copy it into models/, then rewrite its manifest with the measured figures. */
final class ShippedModels {

    private ShippedModels() {
    }

    /** Copies the manifest, weights and training.csv of a trained model folder; older .params files in {@code output} are removed. */
    static void copy(Path trained, Path output) throws Exception {
        Files.createDirectories(output);
        ModelManifest manifest = ModelManifest.read(trained.resolve(ModelManifest.FILE_NAME));
        try (var old = Files.list(output)) {
            for (Path file : (Iterable<Path>) old::iterator) if (file.toString().endsWith(".params")) Files.delete(file);
        }
        Files.copy(trained.resolve(manifest.weights().file()), output.resolve(manifest.weights().file()), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(trained.resolve(ModelManifest.FILE_NAME), output.resolve(ModelManifest.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(trained.resolve("training.csv"), output.resolve("training.csv"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Prints the losses of every epoch. */
    static TrainingListener printingProgress() {
        return new TrainingListener() {
            @Override
            public void epochDone(TrainingState.EpochRecord record, int total, float[] preview) {
                System.out.printf(Locale.ROOT, "epoch %d/%d  training L1 %.4f  validation L1 %.4f  %.0f s%n",
                        record.epoch(), total, record.trainingLoss(), record.validationLoss(), record.seconds());
            }
        };
    }

    /** What a recipe says of its model beyond what Train Model wrote. */
    record Description(String version, String text, String trainingData, String licence, String notes) {
    }

    /** Rewrites the trained model's manifest with the description, recipe, training time and the measured figures (before the training's own). */
    static void completeManifest(Path folder, Description description, String recipe, String trainingTime, String measured) throws Exception {
        ModelManifest trained = ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME));
        String quality = measured + "; " + trained.provenance().quality();
        ModelManifest.Provenance provenance = new ModelManifest.Provenance(description.trainingData(), description.licence(),
                recipe, trained.provenance().epochs(), trainingTime, quality, description.notes());
        writeManifest(folder, new ModelManifest(trained.format(), trained.name(), trained.task(), description.version(), description.text(),
                trained.architecture(), trained.weights(), trained.input(), trained.output(), provenance));
        System.out.println(quality);
    }

    /** Replaces the folder's manifest in one step, so a reader never sees half of it. */
    static void writeManifest(Path folder, ModelManifest manifest) throws Exception {
        Path temporary = Files.createTempFile(folder, "model", ".json.partial");
        Files.writeString(temporary, manifest.toJson());
        Files.move(temporary, folder.resolve(ModelManifest.FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
