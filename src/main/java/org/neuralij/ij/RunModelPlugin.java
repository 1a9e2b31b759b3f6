package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RunModel;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.io.IOException;
import java.util.List;

/**
 * Plugins › NeuralIJ › Run Model... for ImageJ 1.x and Fiji: runs a model on the active image
 * and shows the result as a new, active image. Macro keys: model, tile, overlap, device.
 */
public class RunModelPlugin implements PlugIn {

    static final String[] DEVICES = {"auto", "cpu", "gpu"};
    static final String DEFAULT_MODEL = "denoise-gray";
    private final String command;
    private final String defaultModel;

    public RunModelPlugin() {
        this("Run Model", DEFAULT_MODEL);
    }

    /** For the model commands built on this one: their name in messages and their {@code model=} default. */
    protected RunModelPlugin(String command, String defaultModel) {
        this.command = command;
        this.defaultModel = defaultModel;
    }

    @Override
    public void run(String arg) {
        ImagePlus input = WindowManager.getCurrentImage();
        if (input == null) {
            UserMessages.fail(command, new IllegalArgumentException("There is no image: open one first."));
            return;
        }
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            ModelRegistry registry = ModelRegistry.standard();
            RunModelRequest request = RunModelRequest.ask(registry, defaultModel);
            if (request == null) return;
            ImagePlus result = apply(new RunModel(registry), input, request, new ImageJProgress());
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

    /** What the command does with the request; Run Model applies the model as it is. */
    ImagePlus apply(RunModel models, ImagePlus input, RunModelRequest request, TaskProgress progress) throws IOException {
        return models.run(input, request.model(), request.tiling(), request.device(), progress);
    }

    /** The keys of a model command: from the macro's options, or from a dialog when started from the menu. */
    record RunModelRequest(String model, TilingOptions tiling, String device) {

        static RunModelRequest ask(ModelRegistry registry, String defaultModel) {
            PluginOptions macro = PluginOptions.fromMacro();
            if (macro != null) {
                return new RunModelRequest(macro.text("model", defaultModel),
                        TilingOptions.of(macro.integer("tile", 0), macro.integer("overlap", 0)), macro.text("device", "auto"));
            }
            List<String> names = registry.list().stream().map(p -> p.manifest().name()).toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("No models are installed: use Plugins › NeuralIJ › Install Model... first (looked in "
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
