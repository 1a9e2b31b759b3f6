package org.neuralij.ij;

import org.neuralij.model.ModelRegistry;
import org.neuralij.task.InstallModel;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import java.io.IOException;
import java.util.Map;

/** Install Model as a SciJava command for scripts and headless use; returns the installed model's name. */
@Plugin(type = Command.class, headless = true, label = "Install Model")
public class InstallModelCommand implements Command {

    @Parameter(label = "Source (folder, model.json, .zip or URL)")
    private String source;

    @Parameter(type = ItemIO.OUTPUT)
    private String installed;

    @Override
    public void run() {
        try {
            installed = InstallModel.install(SciJavaKeys.read(this, InstallModel.KEYS, Map.of()).values(), ModelRegistry.standard()).manifest().name();
        } catch (IOException failure) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }
}
