package org.neuralij.task;

import java.util.List;

/** Every command of the Plugins › NeuralIJ menu that makes an image (from the active one, or from nothing), registered once, in menu order. */
public final class ImageCommands {

    public static final List<ImageCommand<?>> ALL = List.of(RunModel.COMMAND, SuperResolution.COMMAND, RestoreImage.COMMAND, Inpaint.COMMAND,
            ColorizeTask.COMMAND, Segment.COMMAND, Translate.COMMAND, StyleTransfer.COMMAND, GenerateImages.COMMAND);

    private ImageCommands() {
    }

    /** The command of this title (as in its menu label, without "..."). */
    public static ImageCommand<?> titled(String title) {
        for (ImageCommand<?> command : ALL) if (command.title().equals(title)) return command;
        throw new IllegalArgumentException("NeuralIJ has no command '" + title + "'; it has " + ALL.stream().map(ImageCommand::title).toList());
    }
}
