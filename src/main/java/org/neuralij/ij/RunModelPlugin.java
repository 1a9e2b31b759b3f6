package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.RunModel;
import org.neuralij.task.TilingOptions;

import java.util.List;

/**
 * Plugins › NeuralIJ › Run Model... for ImageJ 1.x and Fiji: runs a model on the active image
 * and shows the result as a new, active image. Macro keys: model, tile, overlap, device.
 */
public class RunModelPlugin implements PlugIn {

    static final String[] DEVICES = {"auto", "cpu", "gpu"};
    static final String DEFAULT_MODEL = "denoise-gray";

    @Override
    public void run(String arg) {
        showResult("Run Model", (input, registry) -> {
            RunModelRequest request = RunModelRequest.ask(registry, DEFAULT_MODEL);
            return request == null ? null : new RunModel(registry).run(input, request.model(), request.tiling(), request.device(), new ImageJProgress());
        });
    }

    /** What a model command does with the active image; null when the user cancelled the dialog. */
    @FunctionalInterface
    interface ImageCommand {
        ImagePlus run(ImagePlus input, ModelRegistry registry) throws Exception;
    }

    /** Runs a model command on the active image and shows its result; reports a missing image, a cancel and failures the same way for every command. */
    static void showResult(String command, ImageCommand body) {
        ImagePlus input = WindowManager.getCurrentImage();
        if (input == null) {
            UserMessages.fail(command, new IllegalArgumentException("There is no image: open one first."));
            return;
        }
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            ImagePlus result = body.run(input, ModelRegistry.standard());
            if (result == null) return;
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

    /** The keys of a model command: from the macro's options, or from a dialog when started from the menu. */
    record RunModelRequest(String model, TilingOptions tiling, String device) {

        static RunModelRequest ask(ModelRegistry registry, String defaultModel) {
            return ask(registry, defaultModel, null);
        }

        /** As {@link #ask(ModelRegistry, String)}, with a command's own keys ({@code extra}, may be null) read from the same macro options or dialog. */
        static RunModelRequest ask(ModelRegistry registry, String defaultModel, ExtraKeys extra) {
            PluginOptions macro = PluginOptions.fromMacro();
            if (macro != null) {
                if (extra != null) extra.read(macro);
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
            if (extra != null) extra.addTo(dialog);
            dialog.showDialog();
            if (dialog.wasCanceled()) return null;
            RunModelRequest request = new RunModelRequest(dialog.getNextChoice(), TilingOptions.of((int) dialog.getNextNumber(), (int) dialog.getNextNumber()),
                    dialog.getNextChoice());
            if (extra != null) extra.readFrom(dialog);
            return request;
        }

        /** A command's keys beyond model/tile/overlap/device: read from the macro options, or added to (and read back from) the dialog after the common fields. */
        interface ExtraKeys {
            void read(PluginOptions macro);

            void addTo(GenericDialog dialog);

            void readFrom(GenericDialog dialog);
        }
    }
}
