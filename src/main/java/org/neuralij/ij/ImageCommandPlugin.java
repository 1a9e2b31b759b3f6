package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.plugin.PlugIn;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.CommandContext;
import org.neuralij.task.ImageCommand;
import org.neuralij.task.ImageCommands;
import org.neuralij.task.keys.KeyValues;

/**
 * Every command of Plugins › NeuralIJ that works on the active image, for ImageJ 1.x and Fiji: plugins.config names the
 * command's title as the argument. Its keys come from the macro's options, or from a dialog made from the command's keys
 * when started from the menu (recorded as the same keys); its result opens as new images ({@link ResultDisplay}). The
 * input is never changed; Esc cancels and leaves no result; a failure goes to the Log and stops the calling macro.
 */
public class ImageCommandPlugin implements PlugIn {

    @Override
    public void run(String title) {
        ImageCommand<?> command = ImageCommands.titled(title);
        ImagePlus input = command.needsImage() ? WindowManager.getCurrentImage() : null;
        if (input == null && command.needsImage()) {
            UserMessages.fail(command.title(), new IllegalArgumentException("There is no image: open one first."));
            return;
        }
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            ModelRegistry registry = ModelRegistry.standard();
            String options = MacroKeys.options();
            KeyValues values = options != null ? MacroKeys.read(command.keys(), options)
                    : KeyDialog.ask("NeuralIJ " + command.title(), command.keys(), command.models(), input, registry);
            if (values == null) return;
            IJ.resetEscape();
            run(command, input, values, registry);
        } catch (TilingCancelledException cancelled) {
            IJ.showStatus(command.title() + " cancelled: no result was made.");
            IJ.showProgress(1.0);
        } catch (Exception | OutOfMemoryError failure) {
            IJ.showProgress(1.0);
            UserMessages.fail(command.title(), failure);
        }
    }

    private static <R> void run(ImageCommand<R> command, ImagePlus input, KeyValues values, ModelRegistry registry) throws Exception {
        try (StylePreviewWindow preview = new StylePreviewWindow()) {
            CommandContext context = new CommandContext(registry, new ImageJProgress(), WindowManager::getImage, preview);
            R result = command.run(input, values, context);
            ResultDisplay.show(command, input, values, result);
        }
    }
}
