package org.neuralij.task;

import ij.ImagePlus;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;

import java.util.function.BiFunction;

/**
 * What a model command does with the model {@link RunModel} finds and loads: refuse one it cannot
 * use (before anything is loaded), then apply it to the image.
 *
 * @param <R> the command's result: an image, a segmentation, …
 */
public interface ModelTask<R> {

    /** Throws with a message that names the models that would fit. */
    default void check(ModelManifest manifest, ImagePlus input, ModelRegistry registry) {
    }

    R apply(LoadedNetwork network, ImagePlus input);

    /** After {@code requirement}'s check, {@code apply}. */
    static <R> ModelTask<R> of(ModelRequirement requirement, BiFunction<LoadedNetwork, ImagePlus, R> apply) {
        return new ModelTask<>() {
            @Override
            public void check(ModelManifest manifest, ImagePlus input, ModelRegistry registry) {
                requirement.check(manifest, input, registry);
            }

            @Override
            public R apply(LoadedNetwork network, ImagePlus input) {
                return apply.apply(network, input);
            }
        };
    }

    /** The model applied as it is, through the tiles, after {@code requirement}'s check: Run Model, Super-Resolution, Restore Image. */
    static ModelTask<ImagePlus> image(ModelRequirement requirement, TilingOptions tiling, TaskProgress progress) {
        return of(requirement, (network, input) -> new RunModelTask(network, tiling, progress).run(input));
    }

    /** As {@link #image}, for generators with instance norm: tiles use the whole image's statistics ({@link WholeImageInstanceNorm}). */
    static ModelTask<ImagePlus> instanceNormImage(ModelRequirement requirement, TilingOptions tiling, TaskProgress progress) {
        return of(requirement, (network, input) -> new RunModelTask(network, tiling, progress).withInference(WholeImageInstanceNorm.of(network)).run(input));
    }
}
