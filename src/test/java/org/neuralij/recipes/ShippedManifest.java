package org.neuralij.recipes;

import org.neuralij.model.ModelManifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Rewrites a trained model's manifest as shipped: its own version, description and provenance, the rest as trained. */
final class ShippedManifest {

    static final String TEST_IMAGE_LICENCE = "model: CC0-1.0; training images CC0, public domain, no known copyright restrictions"
            + " or scikit-image's BSD-3-Clause (each listed in test-images/PROVENANCE)";

    private ShippedManifest() {
    }

    static void write(Path folder, String version, String description, ModelManifest.Provenance provenance) throws Exception {
        ModelManifest trained = ModelManifest.read(folder.resolve(ModelManifest.FILE_NAME));
        ModelManifest complete = new ModelManifest(trained.format(), trained.name(), trained.task(), version, description,
                trained.architecture(), trained.weights(), trained.input(), trained.output(), provenance);
        Path temporary = Files.createTempFile(folder, "model", ".json.partial");
        Files.writeString(temporary, complete.toJson());
        Files.move(temporary, folder.resolve(ModelManifest.FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
