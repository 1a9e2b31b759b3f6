package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.plugin.PlugIn;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.ModelRequirement;
import org.neuralij.task.RunModel;

/**
 * The ImageJ 1.x side of every command that runs one model on the active image (Run Model...,
 * Super-Resolution..., …): reads the model/tile/overlap/device keys from the macro or a dialog,
 * runs the command's task, shows the result as a new active image, and reports failures and
 * cancels the same way. A subclass names the command, its default model and what it requires of the model.
 */
abstract class ModelCommandPlugin implements PlugIn {

    /** The command's name in messages, e.g. "Super-Resolution". */
    abstract String title();

    abstract String defaultModel();

    abstract ModelRequirement requirement();

    @Override
    public final void run(String arg) {
        ImagePlus input = WindowManager.getCurrentImage();
        if (input == null) {
            UserMessages.fail(title(), new IllegalArgumentException("There is no image: open one first."));
            return;
        }
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            ModelRegistry registry = ModelRegistry.standard();
            RunModelPlugin.RunModelRequest request = RunModelPlugin.RunModelRequest.ask(registry, defaultModel(), requirement().fitting(registry, input));
            if (request == null) return;
            ImagePlus result = new RunModel(registry, requirement()).run(input, request.model(), request.tiling(), request.device(), new ImageJProgress());
            result.show();
            IJ.showStatus(result.getTitle() + " done");
        } catch (TilingCancelledException cancelled) {
            IJ.showStatus(title() + " cancelled: no result was made.");
            IJ.showProgress(1.0);
        } catch (Exception | OutOfMemoryError failure) {
            IJ.showProgress(1.0);
            UserMessages.fail(title(), failure);
        }
    }
}
