package org.neuralij.nn;

import ai.djl.nn.Block;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@link DcganGenerator}: noise of {@code latent} channels (shape N × latent × 1 × 1) to {@code channels}-channel images of
 * {@code size} × {@code size} in (−1, 1), {@code width} filters at its last stage. Its input has no spatial size, so the
 * size multiple is 1 and it has no halo.
 */
public record DcganSpec(int latent, int channels, int width, int size) implements NetworkSpec {

    public DcganSpec {
        DcganSizes.doublings("DcganGenerator", size);
        if (latent < 1 || channels < 1 || width < 1) {
            throw new IllegalArgumentException("A DCGAN generator needs latent, channels and width of at least 1, not " + latent + ", " + channels + ", " + width);
        }
    }

    static DcganSpec of(ArchitectureParams params) {
        return new DcganSpec(params.whole("latent", 64), params.whole("channels", 1), params.whole("width", 32), params.whole("size", 64));
    }

    @Override
    public BuiltinArchitecture architecture() {
        return BuiltinArchitecture.DCGAN;
    }

    @Override
    public Block build() {
        return DcganGenerator.build(latent, channels, width, size);
    }

    /** The critic it is trained against: the same width, images of its size. */
    public Block critic() {
        return DcganCritic.build(width, size);
    }

    @Override
    public int sizeMultiple() {
        return 1;
    }

    @Override
    public int receptiveFieldRadius() {
        return 0;
    }

    @Override
    public Map<String, Double> params() {
        return new TreeMap<>(Map.of("latent", (double) latent, "channels", (double) channels, "width", (double) width, "size", (double) size));
    }
}
