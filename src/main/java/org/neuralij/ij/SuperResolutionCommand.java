package org.neuralij.ij;

import org.neuralij.task.ModelRequirement;
import org.neuralij.task.SuperResolution;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

/**
 * Super-Resolution as a SciJava command, for scripts and headless use
 * ({@code commandService.run(SuperResolutionCommand.class, true, "input", imp, "model", "sr-4x")}; the model
 * defaults to sr-2x). The menu entry comes from plugins.config, so Fiji shows it once.
 */
@Plugin(type = Command.class, headless = true, label = "Super-Resolution")
public class SuperResolutionCommand extends ModelCommand {

    public SuperResolutionCommand() {
        super(SuperResolution.DEFAULT_MODEL);
    }

    @Override
    ModelRequirement requirement() {
        return SuperResolution.REQUIREMENT;
    }
}
