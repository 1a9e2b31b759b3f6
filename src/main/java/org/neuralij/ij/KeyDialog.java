package org.neuralij.ij;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.ModelRequirement;
import org.neuralij.task.keys.Key;
import org.neuralij.task.keys.KeyKind;
import org.neuralij.task.keys.KeyValues;

import java.util.ArrayList;
import java.util.List;

/**
 * The dialog of a command, made from its keys: a field per key whose label begins with the key's name, so that ImageJ's
 * recorder writes exactly the macro's keys. The model field offers the installed models that fit the image; a field that
 * names an open image offers the other open images (and the key's default, e.g. {@code selection}).
 */
final class KeyDialog {

    static final String NO_IMAGE = "(no other image open)";

    private KeyDialog() {
    }

    /** @return the values, or null when the user cancelled */
    static KeyValues ask(String title, List<Key<?>> keys, ModelRequirement models, ImagePlus input, ModelRegistry registry) {
        GenericDialog dialog = new GenericDialog(title);
        for (Key<?> key : keys) add(dialog, key, models, input, registry);
        dialog.showDialog();
        if (dialog.wasCanceled()) return null;
        KeyValues values = new KeyValues(keys);
        for (Key<?> key : keys) read(dialog, key, values);
        return values;
    }

    private static <T> void add(GenericDialog dialog, Key<T> key, ModelRequirement models, ImagePlus input, ModelRegistry registry) {
        String defaultText = key.defaultValue() == null ? "" : key.write(key.defaultValue());
        switch (key.kind()) {
            case MODEL -> {
                List<String> names = models.fitting(registry, input);
                if (names.isEmpty()) {
                    String which = input == null ? "No models for this command are installed" : "No models for this command fit '" + input.getTitle() + "'";
                    throw new IllegalStateException(which + ": use Plugins › NeuralIJ › "
                            + "Install Model... or Train Model... first (looked in " + registry.searchFolders() + ").");
                }
                dialog.addChoice(key.label(), names.toArray(new String[0]), names.contains(defaultText) ? defaultText : names.get(0));
            }
            case CHOICE -> dialog.addChoice(key.label(), key.choices().toArray(new String[0]), defaultText);
            case FLAG -> dialog.addCheckbox(key.label(), Boolean.TRUE.equals(key.defaultValue()));
            case WHOLE_NUMBER -> dialog.addNumericField(key.label(), ((Number) key.defaultValue()).doubleValue(), 0);
            case NUMBER -> dialog.addNumericField(key.label(), ((Number) key.defaultValue()).doubleValue(), 3);
            case FOLDER -> dialog.addDirectoryField(key.label(), defaultText);
            case FILE -> dialog.addFileField(key.label(), defaultText);
            case OPEN_IMAGE -> {
                List<String> titles = openImages(input, defaultText);
                dialog.addChoice(key.label(), titles.toArray(new String[0]), titles.get(0));
            }
            case TEXT -> dialog.addStringField(key.label(), defaultText, 20);
        }
    }

    /** The key's default first if it has one (e.g. selection), then the other open images of the input's size. */
    private static List<String> openImages(ImagePlus input, String defaultText) {
        List<String> titles = new ArrayList<>();
        if (!defaultText.isEmpty()) titles.add(defaultText);
        for (int id : WindowManager.getIDList() == null ? new int[0] : WindowManager.getIDList()) {
            ImagePlus image = WindowManager.getImage(id);
            if (image != null && image != input) titles.add(image.getTitle());
        }
        if (titles.isEmpty()) titles.add(NO_IMAGE);
        return titles;
    }

    private static <T> void read(GenericDialog dialog, Key<T> key, KeyValues values) {
        switch (key.kind()) {
            case MODEL, CHOICE -> values.withText(key, dialog.getNextChoice());
            case OPEN_IMAGE -> {
                String title = dialog.getNextChoice();
                values.withText(key, NO_IMAGE.equals(title) ? "" : title);
            }
            case FLAG -> values.withText(key, String.valueOf(dialog.getNextBoolean()));
            case WHOLE_NUMBER -> values.withText(key, String.valueOf((long) dialog.getNextNumber()));
            case NUMBER -> values.withText(key, String.valueOf(dialog.getNextNumber()));
            case FOLDER, FILE, TEXT -> values.withText(key, dialog.getNextString().trim());
        }
    }
}
