package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.train.TrainModel;
import org.neuralij.task.train.TrainRequest;
import org.neuralij.train.loop.TrainingListener;
import org.neuralij.train.loop.TrainingState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The steps every recipe of a shipped model shares: gray copies of test images as training data,
 * a training by our own Train Model in a scratch model folder with each epoch printed, the model
 * copied into {@code models/<name>/}, and its manifest rewritten with the measured figures.
 */
final class ShippedModel {

    private ShippedModel() {
    }

    /** A recipe's command-line arguments: the output folder, epochs and steps per epoch, each with its default. */
    record Arguments(Path output, int epochs, int steps) {

        static Arguments of(String[] args, String output, int epochs, int steps) {
            return new Arguments(Paths.get(args.length > 0 ? args[0] : output), args.length > 1 ? Integer.parseInt(args[1]) : epochs,
                    args.length > 2 ? Integer.parseInt(args[2]) : steps);
        }
    }

    /** 8-bit gray TIFF copies of the named files of test-images/, in {@code folder}. */
    static Path grayTestImages(List<String> names, Path folder) throws Exception {
        Files.createDirectories(folder);
        for (String name : names) {
            ImagePlus image = IJ.openImage(Paths.get("test-images", name).toString());
            IJ.saveAsTiff(new ImagePlus(name, image.getProcessor().convertToByte(false)), folder.resolve(name + ".tif").toString());
        }
        return folder;
    }

    /** Trains with the request in a scratch model folder under {@code work}, prints every epoch, returns the trained model's folder. */
    static Path train(TrainRequest request, Path work) throws Exception {
        TrainModel.Outcome outcome = new TrainModel(new ModelRegistry(List.of(work.resolve("models")))).train(request, "cpu", new TrainingListener() {
            @Override
            public void epochDone(TrainingState.EpochRecord record, int total, float[] preview) {
                System.out.printf(Locale.ROOT, "epoch %d/%d  training loss %.4f  validation loss %.4f  %.0f s%n",
                        record.epoch(), total, record.trainingLoss(), record.validationLoss(), record.seconds());
            }
        });
        return outcome.folder();
    }

    /** Replaces the weights, manifest and training.csv in {@code output} by the trained model's. */
    static void copyModel(Path trained, Path output) throws Exception {
        Files.createDirectories(output);
        ModelManifest manifest = ModelManifest.read(trained.resolve(ModelManifest.FILE_NAME));
        try (var old = Files.list(output)) {
            for (Path file : (Iterable<Path>) old::iterator) if (file.toString().endsWith(".params")) Files.delete(file);
        }
        for (String file : List.of(manifest.weights().file(), ModelManifest.FILE_NAME, "training.csv")) {
            Files.copy(trained.resolve(file), output.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Rewrites the manifest of the model in {@code folder} atomically. */
    static void rewriteManifest(Path folder, UnaryOperator<ModelManifest> change) throws Exception {
        ModelManifest complete = change.apply(ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME)));
        Path temporary = Files.createTempFile(folder, "model", ".json.partial");
        Files.writeString(temporary, complete.toJson());
        Files.move(temporary, folder.resolve(ModelManifest.FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The recipe line of a manifest: the class and the macro line it runs, without the scratch folder's path. */
    static String recipe(Class<?> recipeClass, TrainRequest request, String images) {
        return "src/test/java/" + recipeClass.getName().replace('.', '/') + ".java, which runs "
                + request.macroLine().replace(request.images().toString(), images);
    }

    static String minutesSince(long startNanos) {
        return String.format(Locale.ROOT, "%.1f min", (System.nanoTime() - startNanos) / 60e9);
    }
}
