package org.neuralij.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A model folder on disk: its model.json and the weights file it names. */
public final class ModelPackage {

    private final Path folder;
    private final ModelManifest manifest;

    private ModelPackage(Path folder, ModelManifest manifest) {
        this.folder = folder;
        this.manifest = manifest;
    }

    /** @param folderOrModelJson a model folder, or the model.json inside one */
    public static ModelPackage open(Path folderOrModelJson) throws InvalidModelException {
        Path path = folderOrModelJson.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            Path modelJson = path.resolve(ModelManifest.FILE_NAME);
            if (!Files.isRegularFile(modelJson)) {
                throw new InvalidModelException("The folder " + path + " holds no " + ModelManifest.FILE_NAME
                        + ", so it is not a NeuralIJ model. Choose the model's own folder, or reinstall the model.");
            }
            return new ModelPackage(path, ModelManifest.read(modelJson));
        }
        if (Files.isRegularFile(path)) {
            return new ModelPackage(path.getParent(), ModelManifest.read(path));
        }
        throw new InvalidModelException("There is no model folder or model.json at " + path
                + ". Check the path, or reinstall the model.");
    }

    public Path folder() {
        return folder;
    }

    public ModelManifest manifest() {
        return manifest;
    }

    public String name() {
        return manifest.name();
    }

    public Path weightsFile() {
        return folder.resolve(manifest.weights().file()).normalize();
    }

    /** Checks that the weights file exists and has the SHA-256 the manifest gives. */
    public void verifyWeights() throws InvalidModelException {
        Path weights = weightsFile();
        if (!Files.isRegularFile(weights)) {
            throw new InvalidModelException("The weights file " + weights + " of the model \"" + name()
                    + "\" is missing. Reinstall the model.");
        }
        String actual;
        try {
            actual = Sha256.of(weights);
        } catch (IOException e) {
            throw new InvalidModelException("Cannot read the weights file " + weights + " of the model \"" + name()
                    + "\" (" + e.getMessage() + "). Check that it is readable, or reinstall the model.", e);
        }
        String expected = manifest.weights().sha256();
        if (!actual.equals(expected)) {
            throw new InvalidModelException("The weights file " + weights + " of the model \"" + name()
                    + "\" is damaged or was replaced: its SHA-256 is " + actual + " but model.json expects "
                    + expected + ". Reinstall the model.");
        }
    }

    @Override
    public String toString() {
        return name() + " (" + folder + ")";
    }
}
