package org.neuralij.ij;

import ij.IJ;
import ij.plugin.PlugIn;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.InstallModel;
import org.neuralij.task.ModelRequirement;
import org.neuralij.task.keys.KeyValues;

/** Plugins › NeuralIJ › Install Model...: installs a model from a folder, model.json, .zip or URL into the user's model folder. Macro key: source. */
public class InstallModelPlugin implements PlugIn {

    @Override
    public void run(String arg) {
        try {
            ModelRegistry registry = ModelRegistry.standard();
            String options = MacroKeys.options();
            KeyValues values = options != null ? MacroKeys.read(InstallModel.KEYS, options)
                    : KeyDialog.ask("Install NeuralIJ Model", InstallModel.KEYS, ModelRequirement.ANY, null, registry);
            if (values == null) return;
            ModelPackage installed = InstallModel.install(values, registry);
            IJ.log("NeuralIJ: installed model '" + installed.manifest().name() + "' in " + installed.folder());
            IJ.showStatus("Installed model " + installed.manifest().name());
        } catch (Exception failure) {
            UserMessages.fail("Install Model", failure);
        }
    }
}
