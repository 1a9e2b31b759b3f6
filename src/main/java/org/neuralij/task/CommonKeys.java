package org.neuralij.task;

import org.neuralij.task.keys.Key;
import org.neuralij.task.keys.KeyValues;

import java.util.List;
import java.util.Locale;

/** The keys every model command shares after its model: tile, overlap and device. */
public final class CommonKeys {

    public static final Key<Integer> TILE = Key.wholeNumber("tile", "Tile size (0 = automatic)", 0, 0);
    public static final Key<Integer> OVERLAP = Key.wholeNumber("overlap", "Overlap (0 = automatic)", 0, 0);
    public static final Key<String> DEVICE = Key.openChoice("device", "Device", List.of("auto", "cpu", "gpu"), "auto", CommonKeys::device);
    /** tile, overlap, device, in the order of every dialog. */
    public static final List<Key<?>> TILING_AND_DEVICE = List.of(TILE, OVERLAP, DEVICE);

    private CommonKeys() {
    }

    public static TilingOptions tiling(KeyValues values) {
        return TilingOptions.of(values.get(TILE), values.get(OVERLAP));
    }

    private static String device(String text) {
        String device = text.trim().toLowerCase(Locale.ROOT);
        if (!device.matches("auto|cpu|gpu\\d*")) {
            throw new IllegalArgumentException("device=" + text + " is not known: use auto, cpu or gpu (gpu0, gpu1, … for one of several GPUs).");
        }
        return device;
    }
}
