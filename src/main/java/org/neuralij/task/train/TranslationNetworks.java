package org.neuralij.task.train;

import org.neuralij.model.ModelManifest;
import org.neuralij.nn.NetworkPair;
import org.neuralij.nn.PatchDiscriminator;
import org.neuralij.nn.ResnetGenerator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The size of the CycleGAN that {@code task=translate} trains, chosen from the patch size: the course's
 * networks at 256 px (width 64, 9 residual blocks) and 128 px (6 blocks), and narrower, shallower ones for
 * smaller patches, which hold less context and must train in reasonable time on a CPU (width = patch / 4,
 * at least 8; the critics as wide as the generators).
 */
record TranslationNetworks(int channelsA, int channelsB, int width, int blocks) {

    /** The PatchGAN critic's three stride-2 and two 4×4 convolutions leave no score below 24 px; 32 keeps a 2×2 grid of them. */
    static final int MIN_PATCH = 32;
    static final int SIZE_MULTIPLE = 4;
    /** The generators' reflection padding needs 2 px at a quarter of the resolution. */
    static final int MIN_SIZE = 8;

    static void checkPatch(int patch) {
        if (patch < MIN_PATCH || patch % SIZE_MULTIPLE != 0) {
            throw new IllegalArgumentException("patch=" + patch + " cannot train a CycleGAN: use a multiple of " + SIZE_MULTIPLE
                    + " of at least " + MIN_PATCH + " (e.g. 64, or 128 / 256 as the course).");
        }
    }

    static TranslationNetworks forPatch(int patch, int channelsA, int channelsB) {
        checkPatch(patch);
        int blocks = patch >= 256 ? 9 : patch >= 128 ? 6 : patch >= 64 ? 4 : 2;
        return new TranslationNetworks(channelsA, channelsB, Math.min(64, Math.max(8, patch / 4)), blocks);
    }

    /** (A→B, B→A). */
    NetworkPair generators() {
        return new NetworkPair(generator(channelsA, channelsB), generator(channelsB, channelsA));
    }

    /** (critic of A, critic of B). */
    NetworkPair critics() {
        return new NetworkPair(PatchDiscriminator.builder().optWidth(width).build(), PatchDiscriminator.builder().optWidth(width).build());
    }

    /** The A→B generator as the manifest names it; the reverse network swaps the channels. */
    ModelManifest.Architecture architecture() {
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("inChannels", (double) channelsA);
        params.put("outChannels", (double) channelsB);
        params.put("width", (double) width);
        params.put("blocks", (double) blocks);
        return new ModelManifest.Architecture(ModelManifest.Architecture.BUILTIN, TrainRequest.TRANSLATION_ARCHITECTURE, params);
    }

    int halo() {
        return ResnetGenerator.receptiveFieldRadius(blocks);
    }

    private ResnetGenerator generator(int in, int out) {
        return ResnetGenerator.builder().setInChannels(in).setOutChannels(out).optWidth(width).optResidualBlocks(blocks).build();
    }
}
