package org.neuralij.nn;

import ai.djl.Device;

import java.io.IOException;
import java.nio.file.Path;

/** The feature network a perceptual loss uses: a user's pretrained TorchScript VGG when a file is given, else the offline random-filter network. */
public final class FeatureNetworks {

    private FeatureNetworks() {
    }

    /** @param torchScriptFile a VGG exported as docs/feature-networks.md shows, or null for {@link RandomFeatureNetwork#standard} */
    public static FeatureExtractor open(Path torchScriptFile, Device device) throws IOException {
        return torchScriptFile == null ? RandomFeatureNetwork.standard(device) : TorchScriptFeatureNetwork.load(torchScriptFile, device);
    }
}
