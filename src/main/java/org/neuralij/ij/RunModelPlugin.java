package org.neuralij.ij;

import ij.gui.GenericDialog;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.ModelRequirement;
import org.neuralij.task.TilingOptions;

import java.util.List;

/**
 * Plugins › NeuralIJ › Run Model... for ImageJ 1.x and Fiji: runs a model on the active image
 * and shows the result as a new, active image. Macro keys: model, tile, overlap, device.
 */
public class RunModelPlugin extends ModelCommandPlugin {

    static final String[] DEVICES = {"auto", "cpu", "gpu"};
    static final String DEFAULT_MODEL = "denoise-gray";

    @Override
    String title() {
        return "Run Model";
    }

    @Override
    String defaultModel() {
        return DEFAULT_MODEL;
    }

    @Override
    ModelRequirement requirement() {
        return ModelRequirement.ANY;
    }

    /** The keys of a model command: from the macro's options, or from a dialog when started from the menu. */
    record RunModelRequest(String model, TilingOptions tiling, String device) {

        static RunModelRequest ask(ModelRegistry registry, String defaultModel) {
            return ask(registry, defaultModel, registry.list().stream().map(p -> p.manifest().name()).toList());
        }

        /** {@code names}: the models the dialog offers (those that fit the command and image). */
        static RunModelRequest ask(ModelRegistry registry, String defaultModel, List<String> names) {
            PluginOptions macro = PluginOptions.fromMacro();
            if (macro != null) {
                return new RunModelRequest(macro.text("model", defaultModel),
                        TilingOptions.of(macro.integer("tile", 0), macro.integer("overlap", 0)), macro.text("device", "auto"));
            }
            if (names.isEmpty()) {
                throw new IllegalStateException("No models are installed that this command can use on this image: use Plugins › NeuralIJ › Install Model... "
                        + "or Train Model... first (looked in " + registry.searchFolders() + ").");
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
