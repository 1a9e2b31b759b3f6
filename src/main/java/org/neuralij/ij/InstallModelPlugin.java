package org.neuralij.ij;

import ij.IJ;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import org.neuralij.model.ModelInstaller;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;

/** Plugins › NeuralIJ › Install Model...: installs a model from a folder, model.json, .zip or URL into the user's model folder. Macro key: source. */
public class InstallModelPlugin implements PlugIn {

    /** Archives may not expand beyond this (a model is at most a few hundred MB). */
    static final long MAX_EXPANDED_BYTES = 2L << 30;

    @Override
    public void run(String arg) {
        String source = askSource();
        if (source == null) return;
        try {
            ModelRegistry registry = ModelRegistry.standard();
            ModelPackage installed = new ModelInstaller(registry.userFolder(), MAX_EXPANDED_BYTES).install(source);
            IJ.log("NeuralIJ: installed model '" + installed.manifest().name() + "' in " + installed.folder());
            IJ.showStatus("Installed model " + installed.manifest().name());
        } catch (Exception failure) {
            UserMessages.fail("Install Model", failure);
        }
    }

    private static String askSource() {
        PluginOptions macro = PluginOptions.fromMacro();
        if (macro != null) {
            String source = macro.text("source", "");
            if (source.isBlank()) {
                UserMessages.fail("Install Model", new IllegalArgumentException("source= is missing: give a model folder, a model.json, a .zip or a URL."));
                return null;
            }
            return source;
        }
        GenericDialog dialog = new GenericDialog("Install NeuralIJ Model");
        dialog.addFileField("Source (folder, model.json, .zip or URL)", "");
        dialog.showDialog();
        return dialog.wasCanceled() ? null : dialog.getNextString().trim();
    }
}
