package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.task.keys.Key;
import org.neuralij.task.keys.KeyValues;

import java.io.IOException;
import java.util.List;

/**
 * A command of the Plugins › NeuralIJ menu that works on the active image (or, as Generate Images, needs none), declared once: its title (the menu label
 * without "..."), its keys in dialog order, its model key and the models that key offers, and what it does. The
 * ImageJ 1.x plugin, its dialog, the macro reader, the recorder line and the SciJava command all follow from it.
 *
 * @param model  the key naming the model; null for a command without one
 * @param models the installed models the model key offers (those that fit the image)
 * @param <R>    what it gives: an image, a segmentation, a translation, …
 */
public record ImageCommand<R>(String title, List<Key<?>> keys, Key<String> model, ModelRequirement models, boolean needsImage, Body<R> body) {

    /** What the command does with the active image (null for a command that needs none) and the values of its keys. */
    @FunctionalInterface
    public interface Body<R> {
        R run(ImagePlus input, KeyValues values, CommandContext context) throws IOException;
    }

    /** A command on the active image. */
    public ImageCommand(String title, List<Key<?>> keys, Key<String> model, ModelRequirement models, Body<R> body) {
        this(title, keys, model, models, true, body);
    }

    /** A command that makes its result from nothing but its keys (Generate Images). */
    public static <R> ImageCommand<R> withoutImage(String title, List<Key<?>> keys, Key<String> model, ModelRequirement models, Body<R> body) {
        return new ImageCommand<>(title, keys, model, models, false, body);
    }

    public ImageCommand {
        keys = List.copyOf(keys);
        if (model != null && !keys.contains(model)) throw new IllegalArgumentException(title + ": the model key must be one of its keys");
    }

    /** The label of its menu entry and of its macro call, {@code run("<title>...", ...)}. */
    public String menuLabel() {
        return title + "...";
    }

    public KeyValues defaults() {
        return new KeyValues(keys);
    }

    public R run(ImagePlus input, KeyValues values, CommandContext context) throws IOException {
        return body.run(input, values, context);
    }
}
