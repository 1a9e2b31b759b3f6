package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;

import java.util.List;

/**
 * Whether a model suits a command and an image: its task must be the command's and it must take
 * as many channels as the image has. A model that does not fit is refused with the names of the
 * installed models that would.
 */
public final class ModelFit {

    private ModelFit() {
    }

    public static void require(ModelRegistry registry, ModelPackage model, ImagePlus input, String task) {
        ModelManifest manifest = model.manifest();
        int channels = ImageChannels.count(input);
        String problem = null;
        if (!task.equals(manifest.task())) {
            problem = "'" + manifest.name() + "' is a " + manifest.task() + " model, not a " + task + " model";
        } else if (manifest.input().channels() != channels) {
            problem = "'" + manifest.name() + "' takes " + channelText(manifest.input().channels()) + ", but '" + input.getTitle()
                    + "' has " + channelText(channels);
        }
        if (problem == null) return;
        List<String> fitting = registry.list().stream().map(ModelPackage::manifest)
                .filter(m -> task.equals(m.task()) && m.input().channels() == channels).map(ModelManifest::name).toList();
        String advice = !fitting.isEmpty() ? "Models that fit: " + String.join(", ", fitting) + "."
                : "No installed " + task + " model takes " + channelText(channels)
                        + (channels == 1 ? "." : ": convert the image to grayscale (Image › Type › 8-bit) or install such a model.");
        throw new IllegalArgumentException(problem + ". " + advice);
    }

    private static String channelText(int channels) {
        return channels == 1 ? "1 channel (grayscale)" : channels == 3 ? "3 channels (RGB)" : channels + " channels";
    }
}
