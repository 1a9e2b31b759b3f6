package org.neuralij.task.keys;

/** What a key holds, which decides how a dialog asks for it and how a macro writes it. */
public enum KeyKind {
    /** The name or path of a model; the dialog offers the installed models that fit. */
    MODEL,
    WHOLE_NUMBER,
    NUMBER,
    TEXT,
    /** One of a fixed set ({@link Key#choices()}); macros may also write values the dialog does not list when the key allows it. */
    CHOICE,
    /** A checkbox: written alone in a macro when ticked. */
    FLAG,
    FOLDER,
    FILE,
    /** The title of an open image (e.g. a mask or a style image). */
    OPEN_IMAGE
}
