package org.neuralij.ij;

import ij.IJ;
import ij.plugin.PlugIn;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.ModelRegistry;

/** Plugins › NeuralIJ › List Models: writes the installed models, their task and where they are to the Log window, and why any model folder cannot be used. */
public class ListModelsPlugin implements PlugIn {

    @Override
    public void run(String arg) {
        ModelRegistry registry = ModelRegistry.standard();
        IJ.log("NeuralIJ models (searched " + registry.searchFolders() + "):");
        for (ModelPackage pkg : registry.list()) {
            String description = pkg.manifest().description() == null ? "" : " — " + pkg.manifest().description();
            IJ.log("  " + pkg.manifest().name() + " [" + pkg.manifest().task() + "] " + pkg.folder() + description);
        }
        registry.brokenModels().forEach((folder, reason) -> IJ.log("  not usable: " + folder + ": " + reason));
    }
}
