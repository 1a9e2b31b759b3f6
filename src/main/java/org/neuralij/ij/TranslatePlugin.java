package org.neuralij.ij;

import ij.IJ;
import ij.gui.GenericDialog;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import org.neuralij.model.Direction;
import org.neuralij.model.ModelManifest;
import org.neuralij.task.Translate;
import org.neuralij.task.Translation;

import java.util.Arrays;
import java.util.Locale;

/**
 * Plugins › NeuralIJ › Translate (CycleGAN)... for ImageJ 1.x and Fiji: translates the active image (every slice) with a
 * CycleGAN model and shows the result as a new, active image. Macro keys: model (default cyclegan), direction (A_to_B or
 * B_to_A), reconstruct (also show the image translated back, A → B → A, and add its cycle L1 to the Results table, column
 * {@value #L1_COLUMN}), tile, overlap, device.
 */
public class TranslatePlugin implements PlugIn {

    static final String L1_COLUMN = "Cycle L1";
    static final String[] DIRECTIONS = Arrays.stream(Direction.values()).map(Direction::key).toArray(String[]::new);

    @Override
    public void run(String arg) {
        RunModelPlugin.showResult("Translate (CycleGAN)", (input, registry) -> {
            Keys keys = new Keys();
            RunModelPlugin.RunModelRequest request = RunModelPlugin.RunModelRequest.ask(registry, Translate.DEFAULT_MODEL, keys);
            if (request == null) return null;
            Translation translation = new Translate(registry).run(input, request.model(), keys.direction, keys.reconstruct, request.tiling(),
                    request.device(), new ImageJProgress());
            if (translation.hasReconstruction()) showReconstruction(translation, input.getTitle(), request.model(), keys.direction);
            return translation.translated();
        });
    }

    /** The reconstruction opens before the translated image, which stays the active one; its L1 goes to the Results table and the Log. */
    private static void showReconstruction(Translation translation, String input, String model, Direction direction) {
        translation.reconstruction().show();
        ResultsTable table = ResultsTable.getResultsTable();
        table.incrementCounter();
        table.addValue("Image", input);
        table.addValue("Model", model);
        table.addValue("Direction", direction.key() + " and back");
        table.addValue(L1_COLUMN, translation.cycleL1());
        table.show("Results");
        IJ.log(String.format(Locale.ROOT, "Translate (CycleGAN): %s, %s and back with %s: cycle L1 %.4f (mean |reconstruction - input|, "
                + "input normalised to -1..1)", input, direction.key(), model, translation.cycleL1()));
    }

    /** The direction and reconstruct keys; the dialog offers translation models only. */
    private static final class Keys implements RunModelPlugin.ExtraKeys {
        Direction direction = Direction.A_TO_B;
        boolean reconstruct;

        @Override
        public boolean offers(ModelManifest manifest) {
            return Translate.REQUIREMENT.offers(manifest);
        }

        @Override
        public void add(GenericDialog dialog) {
            dialog.addChoice("Direction", DIRECTIONS, direction.key());
            dialog.addCheckbox("Reconstruct (translate back and measure the cycle L1)", reconstruct);
        }

        @Override
        public void read(GenericDialog dialog) {
            direction = Direction.parse(dialog.getNextChoice());
            reconstruct = dialog.getNextBoolean();
        }

        @Override
        public void read(PluginOptions macro) {
            direction = Direction.parse(macro.text("direction", direction.key()));
            reconstruct = macro.flag("reconstruct");
        }
    }
}
