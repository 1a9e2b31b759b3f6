package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;

import java.util.List;

/**
 * What a command asks of the model it runs: the manifest's {@code task} (null = any, as Run Model...) and
 * channels that fit the image. A model that does not fit is refused before it is loaded, with a message
 * that names the installed models that would fit.
 */
public record ModelRequirement(String task, String command) {

    /** Run Model...: any model; a channel mismatch is reported when the model runs. */
    public static final ModelRequirement ANY = new ModelRequirement(null, "Run Model");

    public static ModelRequirement task(String task, String command) {
        return new ModelRequirement(task, command);
    }

    /** The model's task is the command's and its channels fit the image (as many as the image has, or one, applied to each channel). */
    public boolean fits(ModelManifest manifest, ImagePlus image) {
        return (task == null || task.equals(manifest.task())) && ChannelGrouping.fits(image, manifest);
    }

    /** The installed models that fit, by name, for the dialog's list and for messages. */
    public List<String> fitting(ModelRegistry registry, ImagePlus image) {
        return registry.list().stream().filter(pkg -> image == null ? task == null || task.equals(pkg.manifest().task()) : fits(pkg.manifest(), image))
                .map(ModelPackage::name).toList();
    }

    void check(ModelPackage pkg, ImagePlus image, ModelRegistry registry) {
        if (task == null || fits(pkg.manifest(), image)) return;
        ModelManifest manifest = pkg.manifest();
        String problem = !task.equals(manifest.task())
                ? "The model '" + manifest.name() + "' is made for " + manifest.task() + ", not " + task + ": " + command + " needs a " + task + " model"
                : ChannelGrouping.mismatch(image, manifest);
        List<String> fitting = fitting(registry, image);
        String advice = fitting.isEmpty()
                ? " No installed " + task + " model fits '" + image.getTitle() + "': train one with Train Model... task=" + task + ", or install one with Install Model..."
                : " Installed " + task + " models that fit '" + image.getTitle() + "': " + String.join(", ", fitting) + ".";
        throw new IllegalArgumentException(problem.endsWith(".") ? problem + advice : problem + "." + advice);
    }
}
