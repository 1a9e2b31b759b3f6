package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelManifest;

/** What a model command does with the model {@link RunModel} found and loaded: refuse one it cannot use, then apply it. */
public interface ModelTask {

    /** Called before the model is loaded: throws with a message saying which model would fit. */
    default void check(ModelManifest manifest, ImagePlus input) {
    }

    ImagePlus apply(LoadedNetwork network, ImagePlus input);
}
