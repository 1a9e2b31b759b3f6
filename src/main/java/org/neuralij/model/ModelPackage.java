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

    /** The weights file of the network ({@code weights}: A→B for a translation model). */
    public Path weightsFile() {
        return folder.resolve(manifest.weights().file()).normalize();
    }

    /** The weights file of one direction's network; see {@link #manifest(Direction)}. */
    public Path weightsFile(Direction direction) throws InvalidModelException {
        return folder.resolve(manifest(direction).weights().file()).normalize();
    }

    /**
     * The manifest of one direction's network (see {@link ModelManifest#forDirection}).
     *
     * @throws InvalidModelException for B→A when the model has no reverse network
     */
    public ModelManifest manifest(Direction direction) throws InvalidModelException {
        if (direction == Direction.B_TO_A && !manifest.hasReverse()) {
            throw new InvalidModelException("The model \"" + name() + "\" translates one way only (A to B): its model.json has no "
                    + "\"reverse\" network. Use direction=" + Direction.A_TO_B.key() + ", or a model trained with "
                    + "Train Model... task=translate, which holds both directions.");
        }
        return manifest.forDirection(direction);
    }

    /** Checks that the weights file, and the reverse network's file when there is one, exist and have the SHA-256 the manifest gives. */
    public void verifyWeights() throws InvalidModelException {
        verify(manifest.weights(), "weights file");
        if (manifest.hasReverse()) {
            verify(manifest.reverse(), "reverse weights file (B to A)");
        }
    }

    private void verify(ModelManifest.Weights expectedWeights, String role) throws InvalidModelException {
        Path weights = folder.resolve(expectedWeights.file()).normalize();
        if (!Files.isRegularFile(weights)) {
            throw new InvalidModelException("The " + role + " " + weights + " of the model \"" + name()
                    + "\" is missing. Reinstall the model.");
        }
        String actual;
        try {
            actual = Sha256.of(weights);
        } catch (IOException e) {
            throw new InvalidModelException("Cannot read the " + role + " " + weights + " of the model \"" + name()
                    + "\" (" + e.getMessage() + "). Check that it is readable, or reinstall the model.", e);
        }
        String expected = expectedWeights.sha256();
        if (!actual.equals(expected)) {
            throw new InvalidModelException("The " + role + " " + weights + " of the model \"" + name()
                    + "\" is damaged or was replaced: its SHA-256 is " + actual + " but model.json expects "
                    + expected + ". Reinstall the model.");
        }
    }

    @Override
    public String toString() {
        return name() + " (" + folder + ")";
    }
}
