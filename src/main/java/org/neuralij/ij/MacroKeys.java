package org.neuralij.ij;

import ij.Macro;
import org.neuralij.task.keys.Key;
import org.neuralij.task.keys.KeyKind;
import org.neuralij.task.keys.KeyValues;

import java.util.List;

/**
 * Reads a command's keys from the options a macro passed to {@code run(...)}, without a dialog, so that macros also run
 * where there is no display. A key left out keeps its default; a flag is ticked when written alone (as ImageJ records a
 * ticked checkbox) or as {@code key=true}.
 */
final class MacroKeys {

    private MacroKeys() {
    }

    /** The running macro's options for this command, or null when the user started it from the menu. */
    static String options() {
        return Macro.getOptions();
    }

    static KeyValues read(List<Key<?>> keys, String options) {
        KeyValues values = new KeyValues(keys);
        String padded = " " + options + " ";
        for (Key<?> key : keys) {
            if (key.kind() == KeyKind.FLAG) {
                if (padded.contains(" " + key.name() + " ")) values.withText(key, "true");
                else {
                    String text = Macro.getValue(padded, key.name(), null);
                    if (text != null) values.withText(key, text);
                }
                continue;
            }
            String text = Macro.getValue(padded, key.name(), null);
            for (String alias : key.aliases()) if (text == null) text = Macro.getValue(padded, alias, null);
            if (text != null) values.withText(key, text);
        }
        return values;
    }
}
