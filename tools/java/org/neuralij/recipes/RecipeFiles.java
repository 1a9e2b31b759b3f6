package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import org.neuralij.image.Preview;
import org.neuralij.task.train.EpochSummary;
import org.neuralij.task.train.TrainingProgress;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.train.TrainModel;
import org.neuralij.task.train.TrainRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/** Steps every recipe shares: gray training copies, training with printed epochs, copying a trained model into models/, its shipped manifest. */
final class RecipeFiles {

    static final String TEST_IMAGE_TERMS = "CC0, public domain, no known copyright restrictions"
            + " or scikit-image's BSD-3-Clause (each listed in test-images/PROVENANCE)";
    static final String TEST_IMAGE_LICENCE = "model: CC0-1.0; training images " + TEST_IMAGE_TERMS;

    static final Path TRAINING_PHOTOS = Paths.get("training-images", "photos");
    static final String PHOTO_LICENCE = "photographs of training-images/photos: GPL-2+ (Debian's mate-backgrounds, authors in training-images/PROVENANCE)";

    private RecipeFiles() {
    }

    /** A recipe's command-line arguments: the output folder, epochs and steps per epoch, each with its default. */
    record Arguments(Path output, int epochs, int steps) {

        static Arguments of(String[] args, String output, int epochs, int steps) {
            return new Arguments(Paths.get(args.length > 0 ? args[0] : output), args.length > 1 ? Integer.parseInt(args[1]) : epochs,
                    args.length > 2 ? Integer.parseInt(args[2]) : steps);
        }
    }

    /** The recipe line of a manifest: the class and the macro line it runs, with {@code images} for the scratch folder's path. */
    static String recipe(Class<?> recipeClass, TrainRequest request, String images) {
        return "tools/java/" + recipeClass.getName().replace('.', '/') + ".java, which runs "
                + request.macroLine().replace(request.images().toString(), images);
    }

    static String minutesSince(long startNanos) {
        return String.format(Locale.ROOT, "%.1f min", (System.nanoTime() - startNanos) / 60e9);
    }

    /** 8-bit gray TIFF copies of the named test-images/ files in {@code folder}. */
    static Path grayTrainingImages(Path folder, List<String> names) throws Exception {
        Files.createDirectories(folder);
        for (String name : names) {
            ImagePlus image = IJ.openImage(Paths.get("test-images", name).toString());
            IJ.saveAsTiff(new ImagePlus(name, image.getProcessor().convertToByte(false)), folder.resolve(name + ".tif").toString());
        }
        return folder;
    }

    /** The twelve gray photographs of training-images/photos (Debian's mate-backgrounds, GPL-2+) copied into {@code folder}. */
    static Path addTrainingPhotos(Path folder) throws Exception {
        Files.createDirectories(folder);
        try (var photos = Files.list(TRAINING_PHOTOS)) {
            for (Path photo : (Iterable<Path>) photos.filter(file -> file.toString().endsWith(".png")).sorted()::iterator)
                Files.copy(photo, folder.resolve("photo-" + photo.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return folder;
    }

    /** Trains with Train Model on the CPU into a model folder under {@code work}, printing each epoch's {@code loss}. */
    static TrainModel.Outcome train(TrainRequest request, Path work, String loss) throws Exception {
        return new TrainModel(new ModelRegistry(List.of(work.resolve("models")))).train(request, "cpu", printingEpochs(loss));
    }

    /** Rewrites a trained model's manifest as shipped: its own version, description and provenance, the rest as trained. */
    static void shipManifest(Path folder, String version, String description, ModelManifest.Provenance provenance) throws Exception {
        ModelManifest trained = ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME));
        writeManifest(folder, new ModelManifest(trained.format(), trained.name(), trained.task(), version, description,
                trained.architecture(), trained.weights(), trained.input(), trained.output(), provenance, trained.reverse()));
    }

    /** Copies the manifest, weights (and reverse weights of a translation model) and training.csv of a trained model into {@code output}, removing older weights there. */
    static void copyModel(Path trained, Path output) throws Exception {
        Files.createDirectories(output);
        ModelManifest manifest = ModelManifest.read(trained.resolve(ModelManifest.FILE_NAME));
        try (var old = Files.list(output)) {
            for (Path file : (Iterable<Path>) old::iterator) if (file.toString().endsWith(".params")) Files.delete(file);
        }
        Files.copy(trained.resolve(manifest.weights().file()), output.resolve(manifest.weights().file()), StandardCopyOption.REPLACE_EXISTING);
        if (manifest.hasReverse()) {
            Files.copy(trained.resolve(manifest.reverse().file()), output.resolve(manifest.reverse().file()), StandardCopyOption.REPLACE_EXISTING);
        }
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
    static TrainingProgress printingEpochs(String loss) {
        return new TrainingProgress() {
            @Override
            public void epochDone(EpochSummary record, int total, Preview preview) {
                System.out.printf(Locale.ROOT, "epoch %d/%d  training %s %.4f  validation %s %.4f  %.0f s%n",
                        record.epoch(), total, loss, record.trainingLoss(), loss, record.validationLoss(), record.seconds());
            }

            @Override
            public void notice(String message) {
                System.out.println(message);
            }
        };
    }
}
