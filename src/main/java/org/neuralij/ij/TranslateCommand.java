package org.neuralij.ij;

import ij.ImagePlus;
import org.neuralij.model.Direction;
import org.neuralij.task.ImageCommand;
import org.neuralij.task.Translate;
import org.neuralij.task.Translation;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Translate (CycleGAN) as a SciJava command, for scripts and headless use
 * ({@code commandService.run(TranslateCommand.class, true, "input", imp, "direction", "A_to_B", "reconstruct", true)}).
 * Outputs: {@code result}, the translated image; with {@code reconstruct} also {@code reconstruction} and {@code cycleL1}
 * (NaN without). The menu entry comes from plugins.config.
 */
@Plugin(type = Command.class, headless = true, label = "Translate (CycleGAN)")
public class TranslateCommand extends ModelCommandBase {

    @Parameter(label = "Model", persist = false)
    private String model = Translate.DEFAULT_MODEL;

    @Parameter(label = "Direction", choices = {"A_to_B", "B_to_A"})
    private String direction = Direction.A_TO_B.key();

    @Parameter(label = "Reconstruct (translate back and measure the cycle L1)", required = false)
    private boolean reconstruct;

    @Parameter(type = ItemIO.OUTPUT, required = false)
    private ImagePlus reconstruction;

    @Parameter(type = ItemIO.OUTPUT, required = false)
    private double cycleL1 = Double.NaN;

    @Override
    protected ImageCommand<?> command() {
        return Translate.COMMAND;
    }

    @Override
    protected void publish(Object given) {
        Translation translation = (Translation) given;
        result = translation.translated();
        reconstruction = translation.reconstruction();
        cycleL1 = translation.cycleL1();
    }
}
