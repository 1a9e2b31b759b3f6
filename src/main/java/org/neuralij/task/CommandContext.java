package org.neuralij.task;

import org.neuralij.model.ModelRegistry;

/**
 * What a front end gives a command besides its keys: where models are found, where progress goes, how an open image is found
 * by its title, and where a preview of a long computation is shown (Style Transfer's optimisation).
 */
public record CommandContext(ModelRegistry registry, TaskProgress progress, OpenImages images, StyleOptimization.Preview preview) {

    public static CommandContext of(ModelRegistry registry, TaskProgress progress) {
        return new CommandContext(registry, progress, OpenImages.NONE, StyleOptimization.Preview.NONE);
    }
}
