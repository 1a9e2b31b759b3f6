package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.ModelRequirement;
import org.neuralij.task.ModelTask;
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

    /**
     * A command that applies a model of {@code requirement} as it is, tiled (Super-Resolution, Restore Image): asks for the
     * model (the dialog offers those that fit the active image) and shows the result.
     */
    static void showModelResult(String command, String defaultModel, ModelRequirement requirement) {
        showResult(command, (input, registry) -> {
            RunModelRequest request = RunModelRequest.ask(registry, defaultModel, ExtraKeys.offering(requirement, input));
            if (request == null) return null;
            ImageJProgress progress = new ImageJProgress();
            return new RunModel(registry).run(input, request.model(), request.device(), progress, ModelTask.image(requirement, request.tiling(), progress));
        });
    }

    /** What a model command does with the active image; null when the user cancelled the dialog. */
    @FunctionalInterface
    interface ImageCommand {
        ImagePlus run(ImagePlus input, ModelRegistry registry) throws Exception;
    }

    /** Runs a model command on the active image and shows its result; a missing image, a cancel and failures are reported the same way for every command. */
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
            return ask(registry, defaultModel, new ExtraKeys() {
            });
        }

        /** With the command's own keys after the shared ones; the dialog offers only the models {@code extra} accepts. */
        static RunModelRequest ask(ModelRegistry registry, String defaultModel, ExtraKeys extra) {
            PluginOptions macro = PluginOptions.fromMacro();
            if (macro != null) {
                extra.read(macro);
                return new RunModelRequest(macro.text("model", defaultModel),
                        TilingOptions.of(macro.integer("tile", 0), macro.integer("overlap", 0)), macro.text("device", "auto"));
            }
            List<String> names = registry.list().stream().filter(p -> extra.offers(p.manifest())).map(p -> p.manifest().name()).toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("No models for this command are installed: use Plugins › NeuralIJ › Install Model... first (looked in "
                        + registry.searchFolders() + ").");
            }
            GenericDialog dialog = new GenericDialog("NeuralIJ");
            dialog.addChoice("Model", names.toArray(new String[0]), names.contains(defaultModel) ? defaultModel : names.get(0));
            dialog.addNumericField("Tile size (0 = automatic)", 0, 0, 6, "pixels");
            dialog.addNumericField("Overlap (0 = automatic)", 0, 0, 6, "pixels");
            dialog.addChoice("Device", DEVICES, "auto");
            extra.add(dialog);
            dialog.showDialog();
            if (dialog.wasCanceled()) return null;
            RunModelRequest request = new RunModelRequest(dialog.getNextChoice(),
                    TilingOptions.of((int) dialog.getNextNumber(), (int) dialog.getNextNumber()), dialog.getNextChoice());
            extra.read(dialog);
            return request;
        }
    }

    /** A model command's keys beyond model, tile, overlap and device. */
    interface ExtraKeys {
        /** No keys of its own; the dialog offers the models that fit {@code requirement} and {@code input}. */
        static ExtraKeys offering(ModelRequirement requirement, ImagePlus input) {
            return new ExtraKeys() {
                @Override
                public boolean offers(ModelManifest manifest) {
                    return requirement.fits(manifest, input);
                }
            };
        }

        default boolean offers(ModelManifest manifest) {
            return true;
        }

        default void add(GenericDialog dialog) {
        }

        default void read(GenericDialog dialog) {
        }

        default void read(PluginOptions macro) {
        }
    }
}
