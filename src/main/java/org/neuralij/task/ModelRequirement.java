package org.neuralij.task;

import org.neuralij.image.ImagePlanes;
import ij.ImagePlus;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a command asks of the model it runs: one of the command's tasks (none = any, as Run
 * Model...) and channels that fit the image — as many as the image has, or, unless
 * {@code exactChannels}, one channel applied to each of the image's. A model that does not fit is
 * refused before it is loaded, with the names of the installed models that would.
 *
 * @param tasks         the manifest tasks the command runs; empty = any
 * @param exactChannels whether a 1-channel model may not be applied channel by channel (e.g. Segment)
 */
public record ModelRequirement(Set<ModelKind> tasks, boolean exactChannels) {

    /** Run Model...: any model; a channel mismatch is reported when the model runs. */
    public static final ModelRequirement ANY = new ModelRequirement(Set.of(), false);

    public static ModelRequirement tasks(ModelKind... tasks) {
        return new ModelRequirement(Set.of(tasks), false);
    }

    public ModelRequirement withExactChannels() {
        return new ModelRequirement(tasks, true);
    }

    public boolean offers(ModelManifest manifest) {
        return tasks.isEmpty() || tasks.contains(manifest.task());
    }

    public boolean fits(ModelManifest manifest, ImagePlus image) {
        return offers(manifest) && channelsFit(manifest, image);
    }

    /** The installed models that fit the image (or, without one, that the command offers), by name. */
    public List<String> fitting(ModelRegistry registry, ImagePlus image) {
        return registry.list().stream().map(ModelPackage::manifest).filter(m -> image == null ? offers(m) : fits(m, image))
                .map(ModelManifest::name).distinct().toList();
    }

    /** Throws, naming the models that would fit, when {@code manifest} is not one for this command and image. */
    public void check(ModelManifest manifest, ImagePlus image, ModelRegistry registry) {
        if (tasks.isEmpty() || fits(manifest, image)) return;
        String wanted = String.join(" or ", tasks.stream().map(ModelKind::key).sorted().toList());
        String problem = !offers(manifest)
                ? "'" + manifest.name() + "' is a " + manifest.task() + " model, not a " + wanted + " model"
                : "'" + manifest.name() + "' takes " + ChannelGrouping.describe(manifest.input().channels()) + ", but '" + image.getTitle() + "' has "
                        + ChannelGrouping.describe(ImagePlanes.of(image).channels());
        throw new IllegalArgumentException(problem + ". " + advice(manifest, image, registry, wanted));
    }

    /** The models that fit; else the conversion that would make the given or an installed model of the command fit; else how to get one. */
    private String advice(ModelManifest given, ImagePlus image, ModelRegistry registry, String wanted) {
        List<String> fitting = fitting(registry, image);
        if (!fitting.isEmpty()) return "Models that fit: " + String.join(", ", fitting) + ".";
        String noneFits = "No installed " + wanted + " model takes " + ChannelGrouping.describe(ImagePlanes.of(image).channels());
        return Stream.concat(Stream.of(given), registry.list().stream().map(ModelPackage::manifest)).filter(this::offers).map(m -> m.input().channels())
                .map(ModelRequirement::conversion).filter(c -> !c.isEmpty()).findFirst()
                .map(conversion -> noneFits + ": convert the image to " + conversion + " or install such a model.")
                .orElse(noneFits + ": train one with Train Model... or install one with Install Model...");
    }

    private static String conversion(int channels) {
        return channels == 1 ? "grayscale (Image › Type › 8-bit)" : channels == 3 ? "RGB (Image › Type › RGB Color)" : "";
    }

    private boolean channelsFit(ModelManifest manifest, ImagePlus image) {
        int modelChannels = manifest.input().channels();
        return modelChannels == ImagePlanes.of(image).channels() || !exactChannels && modelChannels == 1;
    }
}
