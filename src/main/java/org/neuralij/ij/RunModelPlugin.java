package org.neuralij.ij;

import ij.ImagePlus;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RunModel;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.util.List;
import java.util.function.Supplier;

/**
 * Plugins › NeuralIJ › Run Model... for ImageJ 1.x and Fiji: runs a model on the active image
 * and shows the result as a new, active image. Macro keys: model, tile, overlap, device.
 */
public class RunModelPlugin implements PlugIn {

    static final String[] DEVICES = {"auto", "cpu", "gpu"};
    static final String DEFAULT_MODEL = "denoise-gray";

    @Override
    public void run(String arg) {
        DefaultModelCommand.run("Run Model", DEFAULT_MODEL, new DefaultModelCommand.Capability() {
            @Override
            public List<String> choices(ModelRegistry registry, ImagePlus input) {
                return registry.list().stream().map(p -> p.manifest().name()).toList();
            }

            @Override
            public ImagePlus run(ModelRegistry registry, ImagePlus input, RunModelRequest request, TaskProgress progress) throws java.io.IOException {
                return new RunModel(registry).run(input, request.model(), request.tiling(), request.device(), progress);
            }
        });
    }

    /** The keys of a model command: from the macro's options, or from a dialog when started from the menu. */
    record RunModelRequest(String model, TilingOptions tiling, String device) {

        static RunModelRequest ask(ModelRegistry registry, String defaultModel, Supplier<List<String>> choices) {
            PluginOptions macro = PluginOptions.fromMacro();
            if (macro != null) {
                return new RunModelRequest(macro.text("model", defaultModel),
                        TilingOptions.of(macro.integer("tile", 0), macro.integer("overlap", 0)), macro.text("device", "auto"));
            }
            List<String> names = choices.get();
            if (names.isEmpty()) {
                throw new IllegalStateException("No suitable models are installed: use Plugins › NeuralIJ › Install Model... first (looked in "
                        + registry.searchFolders() + ").");
            }
            GenericDialog dialog = new GenericDialog("NeuralIJ");
            dialog.addChoice("Model", names.toArray(new String[0]), names.contains(defaultModel) ? defaultModel : names.get(0));
            dialog.addNumericField("Tile size (0 = automatic)", 0, 0, 6, "pixels");
            dialog.addNumericField("Overlap (0 = automatic)", 0, 0, 6, "pixels");
            dialog.addChoice("Device", DEVICES, "auto");
            dialog.showDialog();
            if (dialog.wasCanceled()) return null;
            return new RunModelRequest(dialog.getNextChoice(), TilingOptions.of((int) dialog.getNextNumber(), (int) dialog.getNextNumber()),
                    dialog.getNextChoice());
        }
    }
}
