package org.neuralij.ij;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import org.neuralij.model.ModelManifest;
import org.neuralij.task.Inpaint;
import org.neuralij.task.HoleMask;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code mask=} key of Inpaint...: {@code selection} (the input's area selection) or the title
 * of an open mask image whose non-zero pixels mark the holes. The dialog offers the selection and
 * the open images of the input's size.
 */
final class MaskChoice implements RunModelPlugin.ExtraKeys {

    static final String SELECTION = "selection";

    private final ImagePlus input;
    private String value = SELECTION;

    MaskChoice(ImagePlus input) {
        this.input = input;
    }

    @Override
    public boolean offers(ModelManifest manifest) {
        return Inpaint.REQUIREMENT.offers(manifest);
    }

    @Override
    public void read(PluginOptions macro) {
        value = macro.text("mask", SELECTION);
    }

    @Override
    public void add(GenericDialog dialog) {
        List<String> choices = new ArrayList<>(List.of(SELECTION));
        for (int id : WindowManager.getIDList() == null ? new int[0] : WindowManager.getIDList()) {
            ImagePlus image = WindowManager.getImage(id);
            if (image != null && image != input && image.getWidth() == input.getWidth() && image.getHeight() == input.getHeight()) choices.add(image.getTitle());
        }
        dialog.addChoice("Mask", choices.toArray(new String[0]), input.getRoi() != null || choices.size() == 1 ? SELECTION : choices.get(1));
    }

    @Override
    public void read(GenericDialog dialog) {
        value = dialog.getNextChoice();
    }

    HoleMask hole() {
        return resolve(value, input);
    }

    /** The hole that {@code mask=} names for {@code input}. */
    static HoleMask resolve(String mask, ImagePlus input) {
        if (mask == null || mask.isBlank() || SELECTION.equalsIgnoreCase(mask.trim())) return HoleMask.fromSelection(input);
        ImagePlus maskImage = WindowManager.getImage(mask.trim());
        if (maskImage == null) {
            throw new IllegalArgumentException("There is no open image titled '" + mask.trim() + "' to use as the mask: give mask=selection to fill the selection, "
                    + "or the title of an open image whose white (non-zero) pixels mark the holes.");
        }
        return HoleMask.fromMaskImage(maskImage, input);
    }
}
