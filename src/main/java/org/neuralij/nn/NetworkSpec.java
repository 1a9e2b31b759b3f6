package org.neuralij.nn;

import ai.djl.nn.Block;

import java.util.Map;

/**
 * A built-in network described by its typed hyper-parameters, as DJL's block factories describe theirs: it builds the
 * block, says the size multiple and receptive field a model package records, and gives the parameters the manifest stores
 * (read back by {@link BuiltinArchitecture#spec}).
 */
public sealed interface NetworkSpec permits DnCnnSpec, UNetSpec, ResnetGeneratorSpec, PatchGanSpec, StyleNetSpec, SuperResolutionSpec, DcganSpec {

    BuiltinArchitecture architecture();

    Block build();

    /** Input sides must be multiples of this. */
    int sizeMultiple();

    /** How far, in input pixels, an output pixel sees: the halo tiles need. */
    int receptiveFieldRadius();

    /** The manifest's {@code architecture.params}. */
    Map<String, Double> params();
}
