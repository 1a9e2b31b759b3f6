package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.TaskProgress;

import java.io.IOException;
import java.util.List;

/**
 * What every ImageJ 1.x model command with a default model shares (Run Model, Restore Image, …): the active
 * image, the keys model/tile/overlap/device from the macro or a dialog, the run, the result shown as a new
 * active image; a cancel leaves no result and a failure goes through {@link UserMessages}.
 */
final class DefaultModelCommand {

    /** One command's model choices and capability. */
    interface Capability {
        /** The models offered in the dialog for this image. */
        List<String> choices(ModelRegistry registry, ImagePlus input);

        ImagePlus run(ModelRegistry registry, ImagePlus input, RunModelPlugin.RunModelRequest request, TaskProgress progress) throws IOException;
    }

    private DefaultModelCommand() {
    }

    static void run(String command, String defaultModel, Capability capability) {
        ImagePlus input = WindowManager.getCurrentImage();
        if (input == null) {
            UserMessages.fail(command, new IllegalArgumentException("There is no image: open one first."));
            return;
        }
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            ModelRegistry registry = ModelRegistry.standard();
            RunModelPlugin.RunModelRequest request = RunModelPlugin.RunModelRequest.ask(registry, defaultModel, () -> capability.choices(registry, input));
            if (request == null) return;
            ImagePlus result = capability.run(registry, input, request, new ImageJProgress());
            result.show();
            IJ.showStatus(result.getTitle() + " done");
        } catch (TilingCancelledException cancelled) {
            IJ.showStatus(command + " cancelled: no result was made.");
            IJ.showProgress(1.0);
        } catch (Exception | OutOfMemoryError failure) {
            IJ.showProgress(1.0);
            UserMessages.fail(command, failure);
        }
    }
}
