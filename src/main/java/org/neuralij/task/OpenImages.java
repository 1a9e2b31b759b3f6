package org.neuralij.task;

import ij.ImagePlus;

/** Finds the open image a key names by its title (a mask, a style image); null when there is none. */
@FunctionalInterface
public interface OpenImages {

    OpenImages NONE = title -> null;

    ImagePlus titled(String title);
}
